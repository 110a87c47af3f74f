namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`sagt sie` after a sentence about two women: the one its subject names, not the one after a preposition. Invented people.</summary>
public sealed class GermanPronounAfterTwoWomenTests
{
    private const string Council =
        "Das bestätigte Bürgermeisterin Henrike Vosskamp am Mittwoch. „Wir rechnen mit höheren Kosten“, sagte die Rathauschefin. Für Stadträtin Elke Brunsmann ist das ein Alarmsignal.";

    [Fact]
    public void Extract_SagtSieAfterSubjectAndPrepositionalObject_GoesToTheSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", Council, "Brunsmann zeigte sich nach der Sitzung enttäuscht von Vosskamp. „Ich hatte mir mehr Offenheit erwartet“, sagt sie.");

        Assert.Equal("Elke Brunsmann", analysis.SpeakerOf("Ich hatte mir"));
    }

    [Fact]
    public void Extract_SagtSieAfterAPrepositionalObjectInAnotherSubjectsSentence_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", Council, "„Das ist zu teuer“, sagte Brunsmann. Am Abend kam ein Brief von Vosskamp. „Ich hatte mir mehr Offenheit erwartet“, sagt sie.");

        Assert.Null(analysis.SpeakerOf("Ich hatte mir"));
    }

    [Fact]
    public void Extract_SagtSieAfterACompanionWithMit_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", Council, "Brunsmann telefonierte am Abend mit Vosskamp. „Ich hatte mir mehr Offenheit erwartet“, sagt sie.");

        Assert.Null(analysis.SpeakerOf("Ich hatte mir"));
    }
}
