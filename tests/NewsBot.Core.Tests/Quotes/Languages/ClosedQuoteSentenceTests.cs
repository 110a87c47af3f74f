namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A quote that ends its sentence: the next sentence's subject is who a later `sagte er` means. Invented people.</summary>
public sealed class ClosedQuoteSentenceTests
{
    private const string Match = "Nach dem Spiel kritisierte Trainer Stefan Hahn seine Mannschaft. Kapitän Jonas Fuchs gab ihm recht.";

    [Fact]
    public void Extract_SubjectRightAfterAQuoteThatEndsItsSentence_TakesTheNextPronoun()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", Match, "Fuchs fügte hinzu: „Am Samstag zählt nur ein Sieg.“ Hahn kündigte Konsequenzen an. „Es wird Veränderungen geben“, sagte er.");

        Assert.Equal("Stefan Hahn", analysis.SpeakerOf("Es wird"));
    }

    [Fact]
    public void Extract_NoSubjectAfterTheClosedQuote_PronounContinuesTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", Match, "Fuchs fügte hinzu: „Am Samstag zählt nur ein Sieg.“ Danach wurde es still. „Wir sind besser als heute“, sagte er.");

        Assert.Equal("Jonas Fuchs", analysis.SpeakerOf("Wir sind besser"));
    }
}
