namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`o meia Gabrielzinho`: one name the lexicon does not know, after a lower-case role noun, is that person. Invented people.</summary>
public sealed class MononymAfterRoleTests
{
    [Fact]
    public void Extract_MononymAfterAPositionNoun_IsTheSubjectADescriptionGoesOnWith()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O técnico Leandro Valverde reclamou do empate.",
            "O meia Tavinho, autor do gol, preferiu ver o lado positivo. “Ponto fora de casa não é ruim”, afirmou o camisa 10.");

        Assert.Equal("Tavinho", analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_MononymAfterARoleNounThenADroppedSubject_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O técnico Leandro Valverde reclamou do empate.", "O zagueiro Bruninho, capitão do time, pediu calma. “Ainda há dez jogos”, disse.");

        Assert.Equal("Bruninho", analysis.Quotes.Single().Speaker);
    }
}
