namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>Portuguese news passages of several paragraphs and people: who speaks, who is only told or named, and when to abstain. Invented people and outlets.</summary>
public sealed class PortugueseStructureTests
{
    private const string Mayor = "O prefeito de Vilamar, João Costa, visitou o cais na segunda-feira com os pescadores.";

    [Theory]
    [InlineData("“As obras vão começar em breve”, acrescentou.")]
    [InlineData("“As obras vão começar em breve”, explicou aos jornalistas.")]
    [InlineData("“As obras vão começar em breve”, disse o prefeito.")]
    [InlineData("“As obras vão começar em breve”, disse Costa a Pedro Alves.")]
    [InlineData("“Pedro Alves tem razão: as obras vão começar em breve”, disse o prefeito.")]
    [InlineData("“Falei com Pedro Alves e as obras vão começar em breve”, disse Costa.")]
    [InlineData("Para o prefeito, “as obras vão começar em breve”.")]
    [InlineData("Segundo o prefeito, “as obras vão começar em breve”.")]
    public void Extract_MayorNamedBeforeThenAnotherParagraph_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", Mayor, "“Perdemos dois barcos”, disse aos jornalistas.", "A prefeitura destinou dois milhões de reais para o cais.", sentence);

        Assert.Equal("João Costa", analysis.SpeakerContaining("obras vão"));
    }

    [Fact]
    public void Extract_NewSpeakerQuotedBetween_TheNewSpeakerContinues()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", Mayor, "“Perdemos dois barcos”, disse aos jornalistas.",
            "“O porto não é seguro”, afirmou por sua vez Maria Alves, presidente da cooperativa de pescadores.",
            "“Precisamos de redes novas”, acrescentou.");

        Assert.Equal("Maria Alves", analysis.SpeakerContaining("redes novas"));
    }

    [Fact]
    public void Extract_TwoPeopleThenDroppedSubject_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O prefeito João Costa e o vereador Pedro Alves visitaram o cais na segunda-feira.",
            "“As obras vão começar em breve”, acrescentou.");

        Assert.Null(analysis.SpeakerContaining("obras vão"));
    }

    [Theory]
    [InlineData("“As obras vão começar em breve”, disse o prefeito.", "João Costa")]
    [InlineData("“As obras vão começar em breve”, disse o vereador.", "Pedro Alves")]
    public void Extract_RoleNounWithTwoPeopleNamed_ThePersonOfThatRole(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O prefeito João Costa e o vereador Pedro Alves visitaram o cais na segunda-feira.", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("obras vão"));
    }

    [Theory]
    [InlineData("Segundo fontes da prefeitura, “as obras vão começar em breve”.")]
    [InlineData("“As obras vão começar em breve”, disseram fontes próximas do prefeito.")]
    public void Extract_UnnamedSources_NoSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", "A prefeitura destinou dois milhões de reais para o cais.", sentence);

        Assert.Null(analysis.SpeakerContaining("obras vão"));
    }

    [Theory]
    [InlineData("“As obras vão começar em breve”, disse João Costa a Pedro Alves.", "João Costa")]
    [InlineData("João Costa disse a Pedro Alves: “As obras vão começar em breve”.", "João Costa")]
    [InlineData("“As obras vão começar em breve”, afirmou a vereadora Maria da Silva Santos.", "Maria da Silva Santos")]
    [InlineData("De acordo com o ministro das Pescas, João Costa, “as obras vão começar em breve”.", "João Costa")]
    public void Extract_SpeakerNamedInTheSentence_ThatSpeaker(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("obras vão"));
    }

    [Theory]
    [InlineData("“As obras vão começar em breve”, informou a prefeitura em nota.")]
    [InlineData("O Ministério das Pescas informou que “as obras vão começar em breve”.")]
    public void Extract_BodyAsSpeaker_NotThePersonNamedBefore(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", Mayor, "A prefeitura destinou dois milhões de reais para o cais.", sentence);

        Assert.NotEqual("João Costa", analysis.SpeakerContaining("obras vão"));
    }
}
