namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Portuguese cues: inversion, `segundo`, `de acordo com`, roles, `ele`/`ela`, and a sentence-initial `E`. Invented people.</summary>
public sealed class PortugueseTests
{
    [Theory]
    [InlineData("“O porto continua aberto”, disse João Costa.")]
    [InlineData("“O porto continua aberto”, afirmou o ministro da Saúde, João Costa.")]
    [InlineData("Segundo João Costa, “o porto continua aberto”.")]
    [InlineData("De acordo com João Costa, “o porto continua aberto”.")]
    [InlineData("João Costa declarou: “O porto continua aberto”.")]
    [InlineData("“O porto continua aberto”, falou João Costa.")]
    [InlineData("“O porto continua aberto”, respondeu João Costa.")]
    [InlineData("“O porto continua aberto”, reagiu João Costa.")]
    [InlineData("“O porto continua aberto”, rebateu João Costa.")]
    [InlineData("“O porto continua aberto”, ponderava João Costa.")]
    public void Extract_PortugueseCue_AttributesTheQuote(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", sentence);

        Assert.Equal("João Costa", analysis.Quotes.Single(q => q.Text.Contains("continua aberto", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("E acrescentou: “O porto continua aberto”.")]
    [InlineData("“O porto continua aberto”, disse ele.")]
    [InlineData("“O porto continua aberto”, afirmou.")]
    public void Extract_SentenceInitialEOrPronoun_TheLastPersonNamed(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", "João Costa visitou o cais na segunda-feira.", sentence);

        Assert.Equal("João Costa", analysis.Quotes.Single(q => q.Text.Contains("continua aberto", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_DescriptionOfARoleGivenEarlier_TheRoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "Foram dez pontos do jogador Paulo Souza na final de domingo.", "A equipe terminou em primeiro lugar na competição.",
            "“O porto continua aberto”, disse o jogador.");

        Assert.Equal("Paulo Souza", analysis.SpeakerOf("O porto"));
    }

    [Fact]
    public void Extract_ApposedNameBetweenCommas_IsNotTheSubjectADroppedSubjectRefersTo()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "A ministra visitou o cais com o diretor do porto, Rui Matos, na segunda-feira.", "“O porto continua aberto”, afirmou.");

        Assert.NotEqual("Rui Matos", analysis.SpeakerOf("O porto"));
    }

    [Theory]
    [InlineData("“O porto continua aberto”, diz o comunicado do Instituto Portuário de Vilamar.", "Instituto Portuário de Vilamar")]
    [InlineData("“O porto continua aberto”, diz o comunicado da CPV.", "CPV")]
    public void Extract_DocumentOfANamedBody_TheBody(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", "João Costa visitou o cais na segunda-feira.", sentence);

        Assert.Equal(speaker, analysis.SpeakerOf("O porto"));
    }

    [Fact]
    public void Extract_DescriptionBeforeACommaThatIsNoApposition_NotTheNamesRole()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "Conforme a irmã da vítima, Ana Lima estava no cais naquela noite.", "“O porto continua aberto”, diz a irmã.");

        Assert.Null(analysis.SpeakerOf("O porto"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterAnUnnamedSpeaker_ThatSpeakerNotTheLastPersonNamed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "Ana Lima desapareceu na sexta-feira e a família procura por ela.", "“Eu mesma comprei o teste para ela”, diz a garota em áudio.",
            "“Só eu sabia, era um segredo entre nós duas”, diz em áudio.");

        Assert.Null(analysis.SpeakerOf("Só eu sabia"));
    }
}
