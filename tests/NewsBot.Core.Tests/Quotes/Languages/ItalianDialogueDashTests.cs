namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Italian dialogue dashes: `– … – dice X`, the closing dash glued to the speech (`… pescare– dice X`), and a turn that opens
/// after a sentence of narration in the same paragraph (`… le reti. – … – ammette.`). Invented people and places.
/// </summary>
public sealed class ItalianDialogueDashTests
{
    [Fact]
    public void Extract_GluedClosingDash_SpeechBeforeAndAfterTheAttribution()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "– Le barche restano in porto da una settimana– dice Rocco Bellavista, 58 anni. – Non si è mai visto un inverno così.");

        Assert.Equal("Rocco Bellavista", analysis.SpeakerOf("Le barche restano"));
        Assert.Equal("Rocco Bellavista", analysis.SpeakerOf("Non si è mai visto"));
    }

    [Fact]
    public void Extract_TurnAfterNarrationInTheParagraph_TheSubjectOfTheNarration()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco Ermanno Caprioli, al telefono, non nasconde la fatica. – Abbiamo chiesto aiuto alla Regione, aspettiamo una risposta – ha risposto Caprioli.");

        Assert.Equal("Ermanno Caprioli", analysis.SpeakerOf("Abbiamo chiesto aiuto"));
    }

    [Fact]
    public void Extract_DashInsideASentence_NoTurn()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il consigliere Tito Rambaldi ha votato contro – come aveva annunciato – la variante al piano regolatore.");

        Assert.Empty(analysis.Quotes);
    }
}
