namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Spanish and Portuguese descriptions the article gave no one as a role (`el periodista`, `el máximo funcionario`): the person
/// the article follows, or no one when someone else could be meant. Invented people.
/// </summary>
public sealed class ProtagonistDescriptionTests
{
    [Theory]
    [InlineData("es", "Luis Romero visitó el muelle de Valdeluz el lunes.", "Después, el comunicador recordó la tormenta.", "“El puerto seguirá abierto”, afirmó.", "Luis Romero")]
    [InlineData("pt", "Rui Matos visitou o porto de Vilaflor na segunda.", "Depois, o apresentador lembrou a tempestade.", "“O porto vai continuar aberto”, afirmou.", "Rui Matos")]
    public void Extract_DroppedSubjectAfterAPersonNoun_ThePersonTheArticleFollows(string language, string first, string second, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second, quote);

        Assert.Equal(speaker, analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_PersonNounAfterAnAdverbialAfterTheVerb_ThePersonTheArticleFollows()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Luis Romero visitó el muelle de Valdeluz el lunes.", "“El puerto seguirá abierto”, afirmó de entrada el comunicador.");

        Assert.Equal("Luis Romero", analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_PersonNounOfTheGenderOfAParticipantNamedSince_ThePersonOfTheNounsGender()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Luis Romero llegó a Valdeluz el lunes.",
            "El máximo funcionario de la Fiscalía explicó que trabaja con Ana Lima en el caso.", "“El puerto seguirá abierto”, refirió.");

        Assert.Equal("Luis Romero", analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_PersonNounAfterSomeoneNamedBesideABodyInTheQuotesParagraph_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O técnico Rui Matos reclamou da arbitragem no domingo.",
            "A diretoria do Vilaflor, por meio do vice-presidente, Paulo Teixeira Lobo, minimizou a polêmica. “Quem reclama do árbitro não fez o dever de casa”, rebateu o dirigente.");

        Assert.Null(analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_PersonNounAfterSomeoneNewWasIntroduced_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Luis Romero visitó el muelle de Valdeluz el lunes.", "Un alto cargo del puerto aclaró que no habrá cierres.",
            "“Seguimos vigilando el muelle cada día”, manifestó el funcionario.");

        Assert.Null(analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_PersonNounThatStoodForSomeoneBeforeTheLastSubject_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El inspector Pedro Salinas anunció una investigación.",
            "El funcionario policial garantizó transparencia. De hecho, el ministro Luis Romero ordenó cambios.",
            "“La misión es clara”, señaló el funcionario.");

        Assert.Null(analysis.Quotes.Single().Speaker);
    }
    [Fact]
    public void Extract_PersonNounAfterASurnameAloneWithSomeoneElseNamedSince_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "Depois do jogo, o técnico Mourão declarou que o time melhorou muito em maio.",
            "Mourão não criticou a ação do clube, que convidou Sales para a festa.",
            "“Nós jogamos muito melhor no segundo tempo”, acrescentou o comandante.");

        Assert.Null(analysis.Quotes.Single().Speaker);
    }
}
