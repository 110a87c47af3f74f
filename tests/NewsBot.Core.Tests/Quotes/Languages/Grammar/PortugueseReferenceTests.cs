namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Portuguese speakers referred back to: role nouns, `ele`/`ela`, dropped subjects, titles and surnames with particles. Invented people.</summary>
public sealed class PortugueseReferenceTests
{
    [Theory]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, acrescentou.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse o governador.")]
    [InlineData("O governador acrescentou: “O porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("Ele acrescentou: “O porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse ele.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, ressaltou Costa.")]
    public void Extract_ReferenceToTheGovernorNamedBefore_TheGovernor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O governador do estado, João Costa, visitou o cais na segunda-feira com os pescadores.",
            "“Perdemos dois barcos”, disse aos jornalistas.", sentence);

        Assert.Equal("João Costa", analysis.SpeakerContaining("porto vai continuar"));
    }

    [Theory]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse a ministra.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse ela.")]
    [InlineData("Ela acrescentou: “O porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("A ministra afirmou que “o porto vai continuar aberto durante todo o inverno”.")]
    public void Extract_ReferenceToTheMinisterNamedBefore_TheMinister(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "A ministra do Mar, Ana Pereira, visitou o cais na segunda-feira com os pescadores.",
            "“Vamos ajudar as famílias”, disse aos jornalistas.", sentence);

        Assert.Equal("Ana Pereira", analysis.SpeakerContaining("porto vai continuar"));
    }

    [Theory]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse Maria da Silva.", "Maria da Silva")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse Pedro dos Santos.", "Pedro dos Santos")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse Ana de Souza Lima.", "Ana de Souza Lima")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, explicou o Dr. João Costa.", "João Costa")]
    public void Extract_NameWithParticleOrTitle_TheFullName(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("porto vai continuar"));
    }
}
