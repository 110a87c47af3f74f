namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A coach is named in many ways (`o técnico` … `o comandante`, `Cheftrainer` … `der Coach`, `l'allenatore` … `il ct`,
/// `le sélectionneur` … `l'entraîneur`): a description in one finds the person introduced in another, and abstains when two
/// coaches fit. Invented clubs and people.
/// </summary>
public sealed class OfficeSynonymsTests
{
    [Fact]
    public void Extract_PortugueseCommanderForTheCoach_TheCoach()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O Tallense venceu o Ribeira por dois a zero no domingo. O técnico Rui Baltar elogiou o elenco depois do jogo.",
            "\"Foi um jogo difícil, mas o grupo respondeu\", afirmou o comandante.");

        Assert.Equal("Rui Baltar", analysis.SpeakerOf("Foi um jogo"));
    }

    [Fact]
    public void Extract_GermanCoachForTheHeadTrainer_TheHeadTrainer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der SV Tallhausen hat am Sonntag gegen Riedberg gewonnen. Cheftrainer Jonas Kerber lobte seine Mannschaft.",
            "„Es war ein schweres Spiel, aber die Mannschaft hat geantwortet“, sagte der Coach.");

        Assert.Equal("Jonas Kerber", analysis.SpeakerOf("Es war ein schweres"));
    }

    [Fact]
    public void Extract_ItalianCtForTheCoach_TheCoach()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il Vallese ha battuto il Rivolta per due a zero. L'allenatore Carlo Berti ha elogiato la squadra.",
            "«È stata una partita difficile, ma il gruppo ha risposto», ha detto il ct.");

        Assert.Equal("Carlo Berti", analysis.SpeakerOf("È stata una partita"));
    }

    [Fact]
    public void Extract_FrenchCoachForTheSelector_TheSelector()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le Vallon a battu Rivière deux buts à zéro. Le sélectionneur Paul Garnier a salué ses joueurs.",
            "« C'était un match difficile, mais le groupe a répondu », a déclaré l'entraîneur.");

        Assert.Equal("Paul Garnier", analysis.SpeakerOf("C'était un match"));
    }

    [Fact]
    public void Extract_PortugueseCommanderWithTwoCoaches_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O Tallense venceu o Ribeira por dois a zero no domingo. O técnico Rui Baltar elogiou o elenco e o treinador Sérgio Mota lamentou a derrota.",
            "\"Foi um jogo difícil, mas o grupo respondeu\", afirmou o comandante.");

        Assert.Null(analysis.SpeakerOf("Foi um jogo"));
    }

    [Fact]
    public void Extract_ItalianMagistrateForTheProsecutor_TheProsecutor()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Sei anni per l'ex sindaco di Valmora, Piero Tassi: è la richiesta del pm Laura Fenoglio al termine della requisitoria.",
            "«Tassi ha usato il Comune come una cassaforte di famiglia», ha detto la magistrata in aula.");

        Assert.Equal("Laura Fenoglio", analysis.SpeakerOf("Tassi ha usato"));
    }

    [Fact]
    public void Extract_ItalianLegalForTheLawyer_TheLawyer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il processo all'ex sindaco di Valmora, Piero Tassi, riprende a marzo. L'avvocato difensore, Bruno Carega, ha contestato l'accusa.",
            "«Non c'è una sola prova contro il mio assistito», ha dichiarato il legale.");

        Assert.Equal("Bruno Carega", analysis.SpeakerOf("Non c'è una sola"));
    }

    [Fact]
    public void Extract_SpanishAbogadaForTheLetrada_TheLetrada()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La defensa, ejercida por la letrada Nieves Oyarbide Lasa, ha pedido la absolución. El fiscal, Héctor Ibarguren Sola, mantuvo su petición.",
            "«No hay una sola prueba contra mi defendido», ha insistido la abogada.");

        Assert.Equal("Nieves Oyarbide Lasa", analysis.SpeakerOf("No hay una sola"));
    }

    [Fact]
    public void Extract_ItalianSindacaForAWomanNamedIlSindaco_TheMayor()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco di Valdorno, Lucia Ferri, ha incontrato i commercianti. L'assessore Paolo Neri ha illustrato il piano.",
            "«Da due anni i negozi vivono di promesse», ha sottolineato la sindaca.");

        Assert.Equal("Lucia Ferri", analysis.SpeakerOf("Da due anni"));
    }

    [Fact]
    public void Extract_ItalianSindacaWhenOnlyAManIsMayor_NotTheMan()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco di Valdorno, Marco Ferri, ha incontrato i commercianti. L'assessore Paolo Neri ha illustrato il piano.",
            "«Da due anni i negozi vivono di promesse», ha sottolineato la sindaca.");

        Assert.NotEqual("Marco Ferri", analysis.SpeakerOf("Da due anni"));
    }
}
