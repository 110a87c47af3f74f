namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`el dirigente fue claro: “…”`: a description that is plain or blunt before a colon speaks. Invented people.</summary>
public sealed class PlainSpokenLeadTests
{
    [Fact]
    public void Extract_DescriptionThatWasPlainBeforeAColon_ThePersonDescribed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El presidente del club, Óscar Villca Quispe, aseguró que “las deudas se pagan esta semana”.",
            "Consultado sobre el estadio, el dirigente fue claro: “Vamos a jugar aquí, en la altura, como siempre”.");

        Assert.Equal("Óscar Villca Quispe", analysis.SpeakerOf("Vamos a jugar aquí"));
    }

    [Fact]
    public void Extract_ThingThatIsPlainBeforeAColon_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La propuesta del ayuntamiento es clara: “Ningún coche en el centro antes de las diez”.");

        Assert.Null(analysis.SpeakerOf("Ningún coche"));
    }
}
