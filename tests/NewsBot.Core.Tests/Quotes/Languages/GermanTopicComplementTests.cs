using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`sagte der Abgeordnete über den Grünen-Vorsitzenden Tarek Holm`: the person of a topic complement is not the speaker. Invented people.</summary>
public sealed class GermanTopicComplementTests
{
    [Theory]
    [InlineData("„Der Senat hat nun endlich sein wahres Gesicht gezeigt“, sagte der Abgeordnete über den Grünen-Vorsitzenden Tarek Holm.")]
    [InlineData("„Der Senat hat nun endlich sein wahres Gesicht gezeigt“, sagte der Abgeordnete mit Blick auf Bürgermeisterin Lena Wirth.")]
    public void Extract_InvertedTailWithTopicComplementName_NotThatName(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Debatte in Lindenau wurde am Abend hitzig.", paragraph);

        var speaker = analysis.SpeakerOf("Der Senat hat");

        Assert.NotEqual("Tarek Holm", speaker);
        Assert.NotEqual("Lena Wirth", speaker);
    }

    [Fact]
    public void Extract_InvertedTailWithNamedSubjectBeforeTopic_TheSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Debatte in Lindenau wurde am Abend hitzig.",
            "„Der Senat hat nun endlich sein wahres Gesicht gezeigt“, sagte Fraktionschef Lukas Brenner über den Grünen-Vorsitzenden Tarek Holm.");

        Assert.Equal("Lukas Brenner", analysis.SpeakerOf("Der Senat hat"));
    }

    [Theory]
    [InlineData("über", true)]
    [InlineData("gegenüber", true)]
    [InlineData("für", false)]
    [InlineData("von", false)]
    public void Governs_Preposition_OnlyTopicsAndAddressees(string preposition, bool expected) =>
        Assert.Equal(expected, GermanTopicComplement.Governs(preposition));

    [Theory]
    [InlineData("Vorsitzenden", true)]
    [InlineData("Grünen-Vorsitzenden", true)]
    [InlineData("Präsidenten", true)]
    [InlineData("Gesellschaft", false)]
    [InlineData("Garten", false)]
    public void IsRoleNoun_GermanNounInAnyCase_RolesOnly(string word, bool expected) =>
        Assert.Equal(expected, GermanTopicComplement.IsRoleNoun(word));
}
