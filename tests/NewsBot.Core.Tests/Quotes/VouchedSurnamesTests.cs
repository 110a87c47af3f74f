using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The article's vouched surnames as the speaker checks ask about them. Invented names.</summary>
public sealed class VouchedSurnamesTests
{
    private const string Text = "The vote was close. Industry analyst Ken Doctor watched it. \"Rarely,\" says Doctor.";

    [Fact]
    public void Of_SameTextTwice_ReadOnce()
    {
        Assert.Same(VouchedSurnames.Of(Text, "en"), VouchedSurnames.Of(Text, null));
    }

    [Fact]
    public void Of_AnotherLanguageThanTheLastReading_ReadsAgain()
    {
        var english = VouchedSurnames.Of(Text, "en");

        Assert.NotSame(english, VouchedSurnames.Of(Text, "de"));
    }

    [Fact]
    public void Of_NoLanguageAfterAGermanReading_KeepsTheGermanReading()
    {
        var german = VouchedSurnames.Of(Text, "de");

        Assert.Same(german, VouchedSurnames.Of(Text, null));
    }

    [Theory]
    [InlineData("Doctor", true)]
    [InlineData("Ken Doctor", true)]
    [InlineData("Clinic Doctor", false)]
    [InlineData("Nurse", false)]
    public void NamesPerson_VouchedSurnameAloneOrAfterGivenName_True(string speaker, bool expected)
    {
        Assert.Equal(expected, VouchedSurnames.Of(Text, "en").NamesPerson(speaker.Split(' ')));
    }
}
