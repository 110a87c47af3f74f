namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Descriptions that name an office in other words than the article gave it (`el Mandatario`, `la titular de Interior`). Invented people.</summary>
public sealed class OfficeDescriptionTests
{
    [Theory]
    [InlineData("es", "El asunto fue confirmado ayer por el Presidente Romero.", "“Estamos trabajando en un plan para las carreteras”, adelantó el Mandatario.", "Romero")]
    [InlineData("pt", "O assunto foi confirmado ontem pelo presidente Rui Matos.", "“Estamos trabalhando num plano para as estradas”, disse o mandatário.", "Rui Matos")]
    public void Extract_OtherWordForThePresident_ThePresident(string language, string before, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Equal(speaker, analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_HeadOfTheBodyARoleNames_TheRoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La ministra del Interior, Ana Lima, llegó al Congreso con su subsecretario, Pedro Salinas.",
            "Ante la comisión, la ministra detalló su plan. “Sabemos que han pasado bandas por la frontera”, advirtió la titular de Interior a los senadores.");

        Assert.Equal("Ana Lima", analysis.SpeakerOf("Sabemos"));
    }

    [Fact]
    public void Extract_HeadOfABodyNoRoleNames_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La ministra del Interior, Ana Lima, llegó al Congreso.",
            "“Sabemos que han pasado bandas por la frontera”, advirtió la titular de Hacienda.");

        Assert.Null(analysis.SpeakerOf("Sabemos"));
    }
}
