namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, sagte jetzt allerdings eine Bahn-Sprecherin`: sentence adverbs between an inverted verb and its subject. Invented bodies and people.</summary>
public sealed class GermanAdverbsBeforeSubjectTests
{
    [Fact]
    public void Extract_TwoAdverbsBeforeCompoundSpokesperson_TheBodysFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Ab März ändert die Nordliche Fähre ihre Tarife für Pendler.",
            "„Eine Übergangszeit für Stammkunden ist nicht geplant“, sagte jetzt allerdings eine Fähre-Sprecherin dem Blatt.");

        Assert.Equal("Nordliche Fähre", analysis.SpeakerOf("Eine Übergangszeit"));
    }

    [Fact]
    public void Extract_AdverbBeforeName_TheName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Werft in Falkenau baut ab März zwei neue Fähren für die Inseln.",
            "„Wir liegen gut im Zeitplan“, sagte nun Werftleiterin Ilka Morgenroth.");

        Assert.Equal("Ilka Morgenroth", analysis.SpeakerOf("Wir liegen gut"));
    }

    [Fact]
    public void Extract_AdverbsBeforeNoSubject_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Werft in Falkenau baut ab März zwei neue Fähren für die Inseln.",
            "„Wir liegen gut im Zeitplan“, hieß es jetzt allerdings nur knapp.");

        Assert.Null(analysis.SpeakerOf("Wir liegen gut"));
    }
}
