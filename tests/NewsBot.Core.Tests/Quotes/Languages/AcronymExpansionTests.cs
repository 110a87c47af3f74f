using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

public sealed class AcronymExpansionTests
{
    [Theory]
    [InlineData("O encontro aconteceu no Supremo Tribunal Federal (STF) ontem.", "STF", "Supremo Tribunal Federal")]
    [InlineData("Die Stadt fragte das Amt für Hafenbau (AH) um Rat.", "AH", "Amt für Hafenbau")]
    [InlineData("La Autoridad Portuaria de Valdeluz (APV) cerró el muelle.", "APV", "Autoridad Portuaria de Valdeluz")]
    [InlineData("Die Meldungen gehen an das Karl Brenner-Institut (KBI) in Lindau.", "KBI", "Karl Brenner-Institut")]
    public void Expand_AcronymSpelledOutBeforeItsBracket_TheFullName(string text, string acronym, string expected) =>
        Assert.Equal(expected, AcronymExpansion.Expand(text, acronym));

    [Theory]
    [InlineData("Il porto ha riaperto lunedì (APV) con il traghetto.", "APV")]
    [InlineData("Le port de Valbourg a rouvert.", "APV")]
    public void Expand_NoPhraseWithTheseInitials_Null(string text, string acronym) =>
        Assert.Null(AcronymExpansion.Expand(text, acronym));

    [Theory]
    [InlineData("pt", "O encontro aconteceu no Instituto Portuário de Vilamar (IPV) na segunda-feira.", "“Os barcos voltam em maio ao porto”, diz o comunicado do IPV.", "Instituto Portuário de Vilamar")]
    [InlineData("es", "La reunión fue en la Autoridad Portuaria de Valdeluz (APV) el lunes.", "“Los barcos vuelven en mayo al puerto”, dice el comunicado de la APV.", "Autoridad Portuaria de Valdeluz")]
    public void Extract_DocumentOfABodyNamedByItsAcronym_TheBodysFullName(string language, string before, string quote, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Equal(expected, Assert.Single(analysis.Quotes).Speaker);
    }
}
