namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `sagte ein Sprecher des Ministeriums`: the one person the article named as that spokesperson; with none, the body the
/// genitive names under the name the article gave it (`Verkehrsministerium`, `Kreiskrankenhaus Ostheim`); with two such
/// people or two fitting bodies, no one. Invented bodies, places and people.
/// </summary>
public sealed class SpokespersonComplementBodyTests
{
    [Fact]
    public void Extract_GermanIndefiniteSpokesmanOfTheMinistryNamedBefore_ThatSpokesman()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Das Verkehrsministerium will die Radwege in Kelburg bis zum Sommer erneuern.",
            "Der Sprecher des Ministeriums, Falk Rehberg, bestätigte die Pläne am Montag.",
            Quote);

        Assert.Equal("Falk Rehberg", analysis.SpeakerOf("Die Planung"));
    }

    [Fact]
    public void Extract_GermanSpokesmanOfTheMinistryWithTwoNamedSpokesmen_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Sprecher des Ministeriums, Falk Rehberg, widersprach am Montag.",
            "Am Dienstag äußerte sich auch der Sprecher des Ministeriums, Jonas Weber.",
            Quote);

        Assert.Null(analysis.SpeakerOf("Die Planung"));
    }

    [Theory]
    [InlineData("Das bayerische Verkehrsministerium nannte gestiegene Kosten als Grund.", Quote, "Verkehrsministerium")]
    [InlineData("Das Kreiskrankenhaus Ostheim schließt seine Geburtsstation.", "„Die Planung muss neu beginnen“, sagte eine Sprecherin des Krankenhauses.", "Kreiskrankenhaus Ostheim")]
    public void Extract_GermanSpokespersonOfABodyTheArticleNamed_ThatBody(string lead, string quote, string body)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", lead, quote);

        Assert.Equal(body, analysis.SpeakerOf("Die Planung"));
    }

    /// <summary>Two ministries could each be meant; a bare `das Ministerium` names none.</summary>
    [Theory]
    [InlineData("Das Verkehrsministerium und das Finanzministerium streiten über die Kosten.")]
    [InlineData("Das Ministerium nannte gestiegene Kosten als Grund.")]
    public void Extract_GermanSpokesmanOfTheMinistryWithTwoOrNoNamedMinistries_Unattributed(string lead)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", lead, Quote);

        Assert.Null(analysis.SpeakerOf("Die Planung"));
    }

    private const string Quote = "„Die Planung muss neu beginnen“, sagte ein Sprecher des Ministeriums.";
}
