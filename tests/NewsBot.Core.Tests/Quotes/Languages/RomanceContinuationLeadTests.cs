namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`E ancora: «…»`, `Y además: «…»`: an Italian or Spanish colon lead that names no one continues the speaker before. Invented people.</summary>
public sealed class RomanceContinuationLeadTests
{
    [Fact]
    public void Extract_EAncoraLead_ContinuesTheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Dall'opposizione il consigliere Aurelio Pastorino attacca: «È una scelta fatta di nascosto». E ancora: «Chiederemo un consiglio straordinario».");

        Assert.Equal("Aurelio Pastorino", analysis.SpeakerOf("Chiederemo un consiglio"));
    }

    [Fact]
    public void Extract_YAdemasLead_ContinuesTheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La concejala Rocío Bermejo Lanza criticó el proyecto: «Nadie habló con los vecinos». Y además: «El presupuesto no alcanza».");

        Assert.Equal("Rocío Bermejo Lanza", analysis.SpeakerOf("El presupuesto no alcanza"));
    }

    [Fact]
    public void Extract_EAncoraLeadWithNoQuoteBefore_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "La seduta del consiglio è finita a tarda notte.",
            "E ancora: «Chiederemo un consiglio straordinario».");

        Assert.Null(analysis.SpeakerOf("Chiederemo un consiglio"));
    }
}
