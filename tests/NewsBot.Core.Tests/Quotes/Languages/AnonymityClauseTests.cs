using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A description the text keeps anonymous (`que preferiu não ser identificado`) is someone new. Invented people.</summary>
public sealed class AnonymityClauseTests
{
    [Theory]
    [InlineData("diz o vizinho do terceiro andar, que preferiu não ser identificado.", "vizinho")]
    [InlineData("a confié un élu, sous couvert d'anonymat.", "élu")]
    [InlineData("relató un comerciante, que pidió no ser identificado.", "comerciante")]
    public void Follows_AnonymityAfterTheDescription_True(string text, string noun) =>
        Assert.True(AnonymityClause.Follows(text, text.IndexOf(noun, StringComparison.Ordinal) + noun.Length));

    [Theory]
    [InlineData("explique le maire, qui s'exprimait devant la presse.", "maire")]
    [InlineData("diz o vizinho. Ele não quis ser identificado.", "vizinho")]
    public void Follows_OtherClauseOrLaterSentence_False(string text, string noun) =>
        Assert.False(AnonymityClause.Follows(text, text.IndexOf(noun, StringComparison.Ordinal) + noun.Length));

    [Fact]
    public void Extract_DescriptionKeptAnonymousAfterANamedSpeaker_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O representante do fundo, João Pedro Valadas, contrapõe que as obras são indispensáveis. «Os prédios têm infiltrações», atira.",
            "«Daqui só saio num caixão», diz, entre risos, o vizinho do terceiro andar, que preferiu não ser identificado.");

        Assert.Equal("João Pedro Valadas", analysis.SpeakerOf("Os prédios"));
        Assert.Null(analysis.SpeakerOf("Daqui só"));
    }
}
