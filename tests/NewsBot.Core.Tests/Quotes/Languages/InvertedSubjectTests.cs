namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Spanish and Portuguese subjects after the verb that a short aside or a long role keeps apart from it, plural verbs
/// whose dropped subject is a group, and diminutives of given names (`Serginho`). Invented people.
/// </summary>
public sealed class InvertedSubjectTests
{
    [Theory]
    [InlineData("es", "“El puerto seguirá abierto”, dijo Luis Romero.", "“La justicia llega tarde”, lamenta, por su parte, Marta Quiroga, presidenta de la Liga.", "Marta Quiroga")]
    [InlineData("pt", "“O porto vai continuar aberto”, disse Rui Matos.", "“A justiça chega tarde”, afirmou, por sua vez, Marta Quiroga, presidente da Liga.", "Marta Quiroga")]
    public void Extract_AsideBetweenVerbAndSubject_TheSubjectAfterTheAside(string language, string first, string second, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second);

        Assert.Equal(speaker, analysis.Quotes[1].Speaker);
    }

    [Fact]
    public void Extract_LongRoleBeforeTheName_TheNameAfterTheRole()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "“Nosotros respetamos el mandato”, apuntó Luis Romero.",
            "“Alargar el plazo no resuelve nada”, admitió el concejal del partido verde e integrante de la Comisión de Obras Públicas del Norte, Pablo Rivas.");

        Assert.Equal("Pablo Rivas", analysis.Quotes[1].Speaker);
    }

    [Theory]
    [InlineData("es", "Luis Romero habló de la obra en Valdeluz.", "Al respecto, agregaron que “el municipio tendrá que actuar muy pronto”.")]
    [InlineData("pt", "Rui Matos falou da obra em Vilaflor.", "Depois, afirmaram que “a prefeitura vai ter que agir muito logo”.")]
    public void Extract_PluralVerbWithoutSubject_SpeakerIsNull(string language, string first, string second)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second);

        Assert.Null(analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_PluralVerbAfterACommaInsideTheQuote_OneQuoteOfItsSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Luis Romero habló ante los vecinos de Valdeluz.", "“Estos inspectores, que andan con miedo, dicen… Ya no los necesitamos aquí”, exigió.");

        Assert.Equal("Luis Romero", analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_DroppedSubjectAfterASentenceOpenedByADiminutive_TheDiminutivesPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "“O time está pronto para a final”, disse Ivan Moura, o capitão. Mas Serginho não quer pensar nisso. “Melhor coisa da vida é estar livre da seleção”, brincou.");

        Assert.Equal("Serginho", analysis.Quotes[1].Speaker);
    }

    [Fact]
    public void Extract_CorroborarAfterAnotherSpeakersQuote_TheNewSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "“Pediremos doce años de cárcel para todos”, indicó el fiscal Omar Rivas.",
            "“La audiencia será mañana a las diez de la mañana”, corroboró el abogado Javier Ortiz.");

        Assert.Equal("Javier Ortiz", analysis.Quotes[1].Speaker);
    }
}
