namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>An office capitalised out of respect (`la Rectora`, `la Decana`) refers back to the person the article gave that role. Invented people.</summary>
public sealed class RespectfulCapitalTests
{
    [Theory]
    [InlineData("es", "El informe fue presentado por Marta Soler, rectora de la Escuela Náutica, ante los delegados.", "“El muelle necesita una grúa”, recordó la Rectora.", "Marta Soler")]
    [InlineData("es", "El informe fue presentado por Marta Soler, decana de la Facultad de Náutica, ante los delegados.", "La Decana recordó que “el muelle necesita una grúa”.", "Marta Soler")]
    [InlineData("es", "El informe fue presentado por Marta Soler, coordinadora del plan portuario, ante los delegados.", "“El muelle necesita una grúa”, precisó la Coordinadora.", "Marta Soler")]
    [InlineData("pt", "O relatório foi apresentado por Ana Costa, reitora da Escola Náutica, aos delegados.", "“O cais precisa de um guindaste”, lembrou a Reitora.", "Ana Costa")]
    public void Extract_CapitalisedRoleTheArticleGaveSomeone_ThatPerson(string language, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph, quote);

        Assert.Equal(speaker, analysis.Quotes.Concat(analysis.Mentions).Single().Speaker);
    }

    [Fact]
    public void Extract_CapitalisedRoleNoOneHolds_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El informe fue presentado por Marta Soler, rectora de la Escuela Náutica, ante los delegados.", "“El muelle necesita una grúa”, precisó la Coordinadora.");

        Assert.Null(analysis.Quotes.Concat(analysis.Mentions).Single().Speaker);
    }
}
