namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Ernster Nachsatz: „…“`, `Und weiter: „…“`: a colon lead that names no one continues the speaker before. Invented people.</summary>
public sealed class GermanContinuationLeadTests
{
    [Fact]
    public void Extract_AfterwordLeadInTheNextParagraph_ContinuesTheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Das Telefon wegwerfen und den Computer ausschalten“, scherzt Paul Weber nach der Sitzung.",
            "Ernster Nachsatz: „Ich brauche jetzt drei Tage Ruhe.“");

        Assert.Equal("Paul Weber", analysis.SpeakerOf("Ich brauche jetzt"));
    }

    [Fact]
    public void Extract_UndWeiterLead_ContinuesTheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Die Fähre fährt zu selten“, sagte die Stadträtin Hanna Roth am Montag. Und weiter: „Wir brauchen einen zweiten Anleger.“");

        Assert.Equal("Hanna Roth", analysis.SpeakerOf("Wir brauchen einen"));
    }

    [Fact]
    public void Extract_AfterwordLeadWithNoQuoteBefore_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Sitzung des Rates endete spät am Abend.",
            "Ernster Nachsatz: „Ich brauche jetzt drei Tage Ruhe.“");

        Assert.Null(analysis.SpeakerOf("Ich brauche jetzt"));
    }
}
