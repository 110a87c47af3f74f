namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Italian cues: compound tenses, dropped subjects, `secondo`, roles, dash incises. Invented people.</summary>
public sealed class ItalianTests
{
    [Theory]
    [InlineData("«Il porto resta aperto», ha detto Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», ha dichiarato Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», spiega Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», ha detto il sindaco di Roccaverde, Paolo Bianchi.")]
    [InlineData("Secondo Paolo Bianchi, «il porto resta aperto».")]
    [InlineData("Paolo Bianchi ha spiegato: «Il porto resta aperto».")]
    [InlineData("«Il porto resta aperto», ha insistito Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», ha rassicurato Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», ha chiosato Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», ribadì Paolo Bianchi.")]
    [InlineData("«Il porto resta aperto», proseguiva Paolo Bianchi.")]
    public void Extract_ItalianCue_AttributesTheQuote(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", sentence);

        Assert.Equal("Paolo Bianchi", analysis.Quotes.Single(q => q.Text.Contains("resta aperto", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_DroppedSubject_ContinuesThePreviousSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "«Il porto resta aperto», ha detto Paolo Bianchi.", "«Le navi torneranno a maggio», ha aggiunto.");

        Assert.Equal("Paolo Bianchi", analysis.SpeakerOf("Le navi"));
    }

    [Fact]
    public void Extract_DashInciseInsideTheMarks_BothHalvesToTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "«Si è trattato di una chiusura temporanea – spiega Grazia Conti – dovuta alla mancanza di personale».");

        Assert.Equal("Grazia Conti", analysis.SpeakerOf("Si è trattato"));
        Assert.Equal("Grazia Conti", analysis.SpeakerOf("dovuta alla"));
    }

    [Fact]
    public void Extract_HyphenTypedForADashIncise_BothHalvesToTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "\"Il porto resta aperto anche questo inverno - dichiara il presidente Marco Ferri - e le navi torneranno a maggio\".");

        Assert.Equal("Marco Ferri", analysis.SpeakerOf("Il porto"));
        Assert.Equal("Marco Ferri", analysis.SpeakerOf("e le navi"));
    }

    [Fact]
    public void Extract_VerbAfterAConjunctionIntroducingTheNextQuote_NotTheFirstQuotesCue()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Per il Partito del Porto, «il sindaco deve dimettersi subito», mentre Marco Ferri sottolinea: «Il porto resta aperto».");

        Assert.NotEqual("Marco Ferri", analysis.SpeakerOf("il sindaco"));
        Assert.Equal("Marco Ferri", analysis.SpeakerOf("Il porto"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterANameWithItsRole_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il ministro della Salute Roberto Rossi ha visitato il porto lunedì.", "«Le navi torneranno a maggio», ha aggiunto.");

        Assert.Equal("Roberto Rossi", analysis.SpeakerOf("Le navi"));
    }
}
