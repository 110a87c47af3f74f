namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Il sindaco: «…»`, `El alcalde: «…»`: an article and a role alone before the colon is the role's holder. Invented people.</summary>
public sealed class RomanceRoleColonLeadTests
{
    [Fact]
    public void Extract_ItalianArticleAndRoleOpeningSentence_NamesTheHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco Gianni Ortolani ha aperto il consiglio comunale. «Il bilancio è in ordine», ha detto Ortolani.",
            "Il consigliere Piero Malvezzi attacca: «Mancano i soldi per la scuola di via Dante».",
            "Il sindaco: «La scuola è nel piano triennale, basta leggerlo».");

        Assert.Equal("Gianni Ortolani", analysis.SpeakerOf("La scuola è nel piano"));
    }

    [Fact]
    public void Extract_SpanishArticleAndRoleOpeningSentence_NamesTheHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El alcalde de Valdeluz, Ramiro Oyarzábal, visitó ayer las obras del muelle.",
            "La concejala Irene Sotomayor lo criticó: «El muelle lleva dos años de retraso y nadie da explicaciones».",
            "El alcalde: «Las obras terminarán en primavera, como estaba previsto».");

        Assert.Equal("Ramiro Oyarzábal", analysis.SpeakerOf("Las obras terminarán"));
    }

    [Fact]
    public void Extract_LongerDescriptionBeforeColon_DoesNotNameTheHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco Gianni Ortolani ha aperto il consiglio comunale senza annunci.",
            "La proposta del sindaco è già scritta nella delibera: «Riduzione delle tariffe per le famiglie con figli».");

        Assert.NotEqual("Gianni Ortolani", analysis.SpeakerOf("Riduzione delle tariffe"));
    }
}
