using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Spanish double surnames: the short form keeps the first surname (`Moya` for `Andrés Moya Cifuentes`), Portuguese the
/// last (`Pereira` for `João Silva Pereira`); either resolves to the full name. Invented people and places.
/// </summary>
public sealed class FirstOfTwoSurnamesTests
{
    [Fact]
    public void Extract_SpanishFirstSurnameAlone_ResolvesToTheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El alcalde de Valdeluz, Andrés Moya Cifuentes, visitó el martes las obras del muelle norte.",
            "“Las obras terminarán en mayo”, dijo Moya a los vecinos.");

        Assert.Equal("Andrés Moya Cifuentes", analysis.SpeakerContaining("obras terminarán"));
    }

    [Fact]
    public void Extract_SpanishFirstSurnameThenAgrego_TheSurnamedPersonNotTheOneBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La concejala Inés Carvajal presentó el plan junto al alcalde, Andrés Moya Cifuentes.",
            "En la reunión, Moya defendió el presupuesto ante los vecinos. Agregó: “No habrá recortes en el puerto”.");

        Assert.Equal("Andrés Moya Cifuentes", analysis.SpeakerContaining("No habrá recortes"));
    }

    [Fact]
    public void Extract_PortugueseLastSurnameAlone_ResolvesToTheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O presidente da câmara de Valfundo, João Silva Pereira, visitou as obras do cais na terça-feira.",
            "“A obra acaba em setembro”, afirmou Pereira aos moradores.");

        Assert.Equal("João Silva Pereira", analysis.SpeakerContaining("A obra acaba"));
    }
}
