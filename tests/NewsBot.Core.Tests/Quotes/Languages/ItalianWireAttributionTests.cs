namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Italian wire-copy attribution: the source named in the sentence after the quote (`Lo ha detto`, `Così`, `A dirlo è stato`,
/// `È quanto dichiara`), a dash incise closed by a full stop, a short first half before an incise, and an office named in other
/// words (`la premier` / `la presidente del Consiglio`, `le président de la République` / `le chef de l'État`). Invented people.
/// </summary>
public sealed class ItalianWireAttributionTests
{
    [Theory]
    [InlineData("«Il porto riaprirà entro l'estate». Lo ha detto il ministro per gli Affari regionali, Paolo Ferretti, a margine dell'incontro.")]
    [InlineData("«Il porto riaprirà entro l'estate». Così il ministro per gli Affari regionali Paolo Ferretti, arrivando in prefettura.")]
    [InlineData("«Il porto riaprirà entro l'estate». A dirlo è stato il ministro Paolo Ferretti, intervenendo in tv.")]
    [InlineData("«Il porto riaprirà entro l'estate». È quanto dichiara Paolo Ferretti, entrando al vertice.")]
    public void Extract_SourceNamedInTheSentenceAfterTheQuote_ThatSource(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", paragraph);

        Assert.Equal("Paolo Ferretti", analysis.SpeakerOf("Il porto riaprirà"));
    }

    [Fact]
    public void Extract_SentenceAfterTheQuoteAboutSomethingElse_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Paolo Ferretti è arrivato ieri in città con Marta Gallo.", "«Il porto riaprirà entro l'estate». Lo stadio resterà chiuso fino a maggio.");

        Assert.Null(analysis.SpeakerOf("Il porto riaprirà"));
    }

    [Fact]
    public void Extract_QuoteAfterALoDiceSentence_ContinuesThatSource()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "«Non posso restare lontana in un momento così difficile». Lo dice la premier, Chiara Rinaldi, dal vertice. «Serve tempo per organizzare il consiglio dei ministri».");

        Assert.Equal("Chiara Rinaldi", analysis.SpeakerOf("Serve tempo"));
    }

    [Fact]
    public void Extract_DashInciseClosedByAFullStop_BothHalvesToItsSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«Il nuovo piano è bello ma costa troppo», ha detto Marco Conti.",
            "«Mi pare fuori luogo la proposta di Bassi – ha commentato Giulio Favaro. Non credo sia corretto rinviare ancora i lavori».");

        Assert.Equal("Giulio Favaro", analysis.SpeakerOf("Mi pare fuori luogo"));
        Assert.Equal("Giulio Favaro", analysis.SpeakerOf("Non credo"));
    }

    [Fact]
    public void Extract_ShortFirstHalfBeforeADroppedSubjectIncise_NotTakenForAQuotedName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«Non riesco a stare lontana dal paese in un momento così complesso», dice Chiara Rinaldi.",
            "«Il governo – ha aggiunto – deve essere soddisfatto del lavoro fatto in questi mesi».");

        Assert.Equal("Chiara Rinaldi", analysis.SpeakerOf("deve essere soddisfatto"));
    }

    [Fact]
    public void Extract_ItalianOfficeInOtherWords_ThePersonIntroducedWithIt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "La premier Chiara Rinaldi è arrivata ieri a Roccaverde con il sindaco Marco Conti.",
            "«Abbiamo fatto un ottimo lavoro sul porto», ha detto la presidente del Consiglio.");

        Assert.Equal("Chiara Rinaldi", analysis.SpeakerOf("Abbiamo fatto"));
    }

    [Fact]
    public void Extract_FrenchOfficeInOtherWords_ThePersonIntroducedWithIt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le président de la République, Julien Marchand, a reçu mardi le maire Paul Girard.",
            "« Nous tiendrons parole sur le port », a déclaré le chef de l'État.");

        Assert.Equal("Julien Marchand", analysis.SpeakerOf("Nous tiendrons"));
    }
}
