namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Words the press uses for any of several offices (`la funcionaria` for a minister, `el mandatario` for a president or a
/// governor) and for one office in short (`l'ad` for the chief executive), and offices of a named body (`el titular de
/// Hacienda`): they find the person the article gave that office, not the speaker before who holds another. Invented
/// outlets and people.
/// </summary>
public sealed class GenericOfficeNounsTests
{
    [Fact]
    public void Extract_SpanishOfficialAfterACouncillorsQuote_TheMinister()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«El Gobierno no pagará una obra sin estudios», aseveró la ministra de Obras, Marta Lucía Ceballos Ruiz.",
            "En palabras de la concejala Rosa Elvira Quintero: «Los barrios altos siguen esperando».",
            "La funcionaria aseguró que «no hay ninguna pelea con la alcaldía».");

        Assert.Equal("Marta Lucía Ceballos Ruiz", analysis.SpeakerOf("no hay ninguna pelea"));
    }

    [Fact]
    public void Extract_SpanishHeadOfTreasuryAfterAnEconomistsQuote_TheMinister()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El ministro de Hacienda, Tomás Cienfuegos Errázuriz, descartó este martes un alza de impuestos.",
            "El economista Julián Ossandón cree que el debate está mal planteado. En palabras de Ossandón, «el problema es la evasión».",
            "El titular de Hacienda recalcó al cierre: «Nuestra prioridad es el empleo».");

        Assert.Equal("Tomás Cienfuegos Errázuriz", analysis.SpeakerOf("Nuestra prioridad"));
    }

    [Fact]
    public void Extract_SpanishOccupationAfterAnExpertsQuote_TheExpertGoesOn()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "Mateo Irigoyen, el investigador de la Universidad del Sur que midió el récord, defiende el dato.",
            "«No hay error en los equipos», explica Pedro Aldunate, meteorólogo de la agencia nacional.",
            "«El viento baja caliente desde la montaña», añade el investigador.");

        Assert.Equal("Pedro Aldunate", analysis.SpeakerOf("El viento baja"));
    }

    [Fact]
    public void Extract_ItalianAdForTheChiefExecutive_TheChiefExecutive()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«È una scelta dolorosa», ha spiegato l'ad Marco Fumagalli in un incontro con la stampa.",
            "Durissima la reazione della segretaria della Filctem, Laura Colombo: «Sciopero venerdì».",
            "«Il marchio resta qui», ha assicurato l'ad.");

        Assert.Equal("Marco Fumagalli", analysis.SpeakerOf("Il marchio resta"));
    }

    [Fact]
    public void Extract_SpanishRulerAfterAMunicipalPresidentsQuote_NotTheMunicipalPresident()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El gobernador Ernesto Cabañas Villalobos presentó un plan de agua para 60 municipios.",
            "«Ninguna familia debe comprar agua en pipa», afirmó el mandatario en Palacio de Gobierno.",
            "En palabras del presidente municipal de San Telmo, Aurelio Del Real: «Aquí la gente lleva diez años esperando».",
            "El mandatario cerró su discurso con una promesa: «Esta vez sí va».");

        Assert.NotEqual("Aurelio Del Real", analysis.SpeakerOf("Esta vez"));
    }
}
