using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A Romance colon lead's speaker goes on in the next paragraph when it opens with a quote (`fue muy crítico: «…»` / `«…»`),
/// and nobody takes the turn over when that paragraph quotes someone else. Invented people.
/// </summary>
public sealed class ColonLeadCarryTests
{
    [Theory]
    [InlineData("es", "El portavoz de la oposición, Gonzalo Peñafiel, fue muy crítico: «Estas cuentas esconden una deuda de cuatro millones».", "«Nadie nos ha enseñado el informe del interventor, y sin ese informe votar es un acto de fe».", "Gonzalo Peñafiel")]
    [InlineData("it", "Il capogruppo dell'opposizione, Daniele Marchetti, non ha dubbi: «Questi ritardi erano prevedibili già un anno fa».", "«Avevamo chiesto un ponte provvisorio e ci hanno detto che costava troppo».", "Daniele Marchetti")]
    [InlineData("fr", "Le président du syndicat des eaux, Bernard Quintin, a tranché : « Cette canalisation aurait dû être changée il y a quinze ans ».", "« Nous avions alerté la commune à trois reprises, les courriers sont dans nos archives ».", "Bernard Quintin")]
    [InlineData("pt", "A presidente da câmara, Ana Figueiredo, foi clara: “O concelho não aceita perder mais nenhum serviço”.", "“Oferecemos casas a preço reduzido aos médicos que queiram fixar-se cá”.", "Ana Figueiredo")]
    public void Extract_QuoteParagraphAfterAColonLead_ContinuesTheLeadsSpeaker(string language, string lead, string next, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, lead, next);

        Assert.Equal(speaker, analysis.SpeakerContaining(next[3..25]));
    }

    [Fact]
    public void Extract_NextParagraphQuotesSomeoneUnnamedAfterItsOwnSentence_Null()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El portavoz de la oposición, Gonzalo Peñafiel, fue muy crítico: «Estas cuentas esconden una deuda de cuatro millones».",
            "Los comerciantes del mercado llevan meses reclamando una cubierta nueva. «Cada vez que llueve tapamos los puestos con plásticos».");

        Assert.Null(analysis.SpeakerContaining("Cada vez que llueve"));
    }

    [Fact]
    public void Extract_QuoteParagraphNamingAnotherPersonAfterIt_Null()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il capogruppo dell'opposizione, Daniele Marchetti, non ha dubbi: «Questi ritardi erano prevedibili già un anno fa».",
            "«Il ponte provvisorio costava troppo, ci hanno detto». Lo ha ricordato l'assessora Chiara Benassi.");

        Assert.NotEqual("Daniele Marchetti", analysis.SpeakerContaining("Il ponte provvisorio"));
    }

    [Theory]
    [InlineData("Il presidente del consorzio, Giacomo Verzè, ha commentato: «La grandine ci ha tolto un terzo del raccolto». Verzè ha annunciato un ricorso: «Abbiamo già dato mandato ai nostri legali».", "Abbiamo già dato")]
    [InlineData("Il presidente del consorzio, Giacomo Verzè, non usa giri di parole: «La grandine ci ha tolto un terzo del raccolto». E sui prezzi, taglia corto: «Aumenteranno, è inevitabile».", "Aumenteranno")]
    public void Extract_ColonLeadAboutTheSameSpeakerInTheParagraph_ContinuesTheSpeaker(string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", paragraph);

        Assert.Equal("Giacomo Verzè", analysis.SpeakerOf(quote));
    }

    [Fact]
    public void Extract_ColonLeadWithAnUnnamedSubjectInTheParagraph_NotTheLastSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El portavoz de la oposición, Gonzalo Peñafiel, fue muy crítico: «Estas cuentas esconden una deuda de cuatro millones». Un vecino fue claro: «Aquí nadie ha visto el informe».");

        Assert.NotEqual("Gonzalo Peñafiel", analysis.SpeakerOf("Aquí nadie"));
    }

    [Fact]
    public void Holds_SpanishQuoteAfterAColon_True()
    {
        Assert.True(ColonLeadCarry.Holds("Mira Vale fue clara: «El ferry llega tarde.»", new QuotedSegment(new TextSpan(22, 43), 21, 43, 1), LeadTurn, "es"));
    }

    [Fact]
    public void Holds_EnglishColonLead_False()
    {
        Assert.False(ColonLeadCarry.Holds("Mira Vale was blunt: “The ferry is late.”", new QuotedSegment(new TextSpan(22, 40), 21, 40, 1), LeadTurn, "en"));
    }

    [Fact]
    public void Holds_SpanishQuoteAfterATailCue_False()
    {
        var tail = LeadTurn with { Cue = CueKind.Tail };

        Assert.False(ColonLeadCarry.Holds("«El ferry llega tarde», dijo Mira Vale.", new QuotedSegment(new TextSpan(1, 21), 0, 21, 1), tail, "es"));
    }

    private static Attribution LeadTurn => new("Mira Vale", null, true) { Source = AttributionSource.Cue, Cue = CueKind.Lead, Kind = CandidateKind.Name };
}
