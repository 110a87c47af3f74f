using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Words before a name that describe the person belong to the role, not the name. Invented people.</summary>
public sealed class SpeakerNameCleanerTests
{
    [Theory]
    [InlineData("Texas-based Ana Holm", "Ana Holm", "Texas-based")]
    [InlineData("Co-anchor Lisa Brandt", "Lisa Brandt", "Co-anchor")]
    public void Clean_LeadingCompoundModifier_MovesToTheRole(string written, string speaker, string role)
    {
        var cleaned = SpeakerNameCleaner.Clean(new Attribution(written, null, true));

        Assert.Equal(speaker, cleaned.Speaker);
        Assert.Equal(role, cleaned.Role);
    }

    [Fact]
    public void Clean_PlainName_Unchanged()
    {
        var attribution = new Attribution("Mira Vale", null, true);

        Assert.Same(attribution, SpeakerNameCleaner.Clean(attribution));
    }

    [Fact]
    public void Clean_NoSpeaker_Unchanged()
    {
        Assert.Same(Attribution.None, SpeakerNameCleaner.Clean(Attribution.None));
    }

    [Theory]
    [InlineData("Texas-based", true)]
    [InlineData("Vale-Brandt", false)]
    [InlineData("Harbour", false)]
    public void IsCompoundModifier_LowerCaseLastPart_True(string word, bool expected)
    {
        Assert.Equal(expected, SpeakerNameCleaner.IsCompoundModifier(word));
    }

    [Theory]
    [InlineData("I", true)]
    [InlineData("I’ll", true)]
    [InlineData("Ida", false)]
    public void IsFirstPerson_IAndItsContractions_True(string word, bool expected)
    {
        Assert.Equal(expected, SpeakerNameCleaner.IsFirstPerson(word));
    }
}
