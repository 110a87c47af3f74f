namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Surnames with particles the article gives in full first: `Ernesto Ochoa de la Torre`, `De la Fuente` for `Francisca de la
/// Fuente Valdivieso`, `Lo Castro` for `Sebastiano Lo Castro`. Invented people.
/// </summary>
public sealed class RomanceSurnameTests
{
    [Fact]
    public void Extract_DeLaAfterTheFirstSurname_TheWholeName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«Empezaremos por las calles de las escuelas», precisó Ernesto Ochoa de la Torre.");

        Assert.Equal("Ernesto Ochoa de la Torre", analysis.SpeakerOf("Empezaremos por"));
    }

    [Fact]
    public void Extract_DeLaBeforeABody_StaysOutOfTheName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«La obra está en plazo», dijo Ernesto Ochoa de la Universidad.");

        Assert.Equal("Ernesto Ochoa", analysis.SpeakerOf("La obra está"));
    }

    [Fact]
    public void Extract_CapitalisedParticleOpeningASentence_TheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La vocera, Francisca de la Fuente Valdivieso, defendió el plan. De la Fuente sostuvo que «las cifras son públicas».");

        Assert.Equal("Francisca de la Fuente Valdivieso", analysis.SpeakerOf("las cifras son"));
    }

    [Fact]
    public void Extract_LoParticleInsideAName_TheWholeName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Secondo il procuratore aggiunto Calogero Lo Bianco, «le gare andavano sempre alle stesse ditte».");

        Assert.Equal("Calogero Lo Bianco", analysis.SpeakerOf("le gare andavano"));
    }
}
