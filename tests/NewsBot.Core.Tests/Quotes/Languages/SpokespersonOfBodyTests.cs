namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A spokesperson of a body (`sagte eine Sprecherin des Ministeriums`, `dijo un portavoz de la empresa`, `a indiqué le
/// porte-parole de la préfecture`) is the one person the article named as that body's spokesperson; with two such people
/// or none, no one. Invented bodies and people.
/// </summary>
public sealed class SpokespersonOfBodyTests
{
    [Fact]
    public void Extract_GermanDefiniteSpokeswomanOfTheMinistryNamedBefore_ThatSpokeswoman()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Das Ministerium für Küstenbau hat am Montag mitgeteilt, dass der Hafen von Brindel ein Jahr später fertig wird.",
            "Die Sprecherin des Ministeriums, Anna Roth, nannte den Mangel an Stahl als Grund.",
            "„Ohne Stahl können wir keinen Hafen bauen“, sagte die Sprecherin des Ministeriums.");

        Assert.Equal("Anna Roth", analysis.SpeakerOf("Ohne Stahl"));
    }

    [Fact]
    public void Extract_SpanishSpokesmanOfTheFirmNamedBefore_ThatSpokesman()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La naviera Taloz anunció el lunes que el nuevo muelle de Brindel se retrasará un año.",
            "El portavoz de la empresa, Luis Ferrán, explicó que falta acero en todo el país.",
            "“Sin acero no podemos construir un muelle”, dijo un portavoz de la empresa.");

        Assert.Equal("Luis Ferrán", analysis.SpeakerOf("Sin acero"));
    }

    [Fact]
    public void Extract_FrenchSpokesmanOfThePrefectureNamedBefore_ThatSpokesman()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "La préfecture du Vallon a annoncé lundi que le nouveau quai de Brindel serait retardé d'un an.",
            "Le porte-parole de la préfecture, Marc Tellier, a évoqué une pénurie d'acier dans tout le pays.",
            "« Sans acier, nous ne pouvons pas construire de quai », a indiqué un porte-parole de la préfecture.");

        Assert.Equal("Marc Tellier", analysis.SpeakerOf("Sans acier"));
    }

    /// <summary>Two spokespeople of the firm could each be meant; a firm that never names one leaves someone there, not the mayor before.</summary>
    [Theory]
    [InlineData("El portavoz de la empresa, Luis Ferrán, explicó que falta acero. La portavoz de la empresa, Marta Gil, habló de los plazos.")]
    [InlineData("“Es una mala noticia para el puerto”, dijo el alcalde de Brindel, Tomás Reyes.")]
    public void Extract_SpokesmanOfTheFirmWithTwoOrNoNamedSpokespeople_Unattributed(string middle)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La naviera Taloz anunció el lunes que el nuevo muelle de Brindel se retrasará un año.",
            middle,
            "“Sin acero no podemos construir un muelle”, dijo un portavoz de la empresa.");

        Assert.Null(analysis.SpeakerOf("Sin acero"));
    }
}
