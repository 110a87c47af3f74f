using NewsBot.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary><c>norm</c> and <c>speaker_ok</c> of shared/tools/score_news_quotes.py.</summary>
public sealed class NewsTextTests
{
    [Theory]
    [InlineData("„Wir  bleiben!“, sagte sie.", "wir bleiben sagte sie")]
    [InlineData("« L’été arrive »", "lété arrive")]
    [InlineData("Ｆｕｌｌ－width", "full width")]
    public void Normalize_MarksPunctuationAndCase_AsTheScript(string text, string expected) =>
        Assert.Equal(expected, NewsText.Normalize(text));

    [Theory]
    [InlineData("Lena Brandt", "Brandt", true)]
    [InlineData("Lena Brandt", "Mayor Lena Brandt", true)]
    [InlineData("Lena Brandt", "Lena", false)]
    [InlineData("Compañía de Jesús", "la Compañía de Jesús", true)]
    [InlineData("Harbour Board", "board", true)]
    [InlineData(null, null, true)]
    [InlineData(null, "", true)]
    [InlineData(null, "Lena Brandt", false)]
    [InlineData("Lena Brandt", null, false)]
    public void SpeakerMatches_GoldLastWordOrWholeName_Right(string? gold, string? returned, bool expected) =>
        Assert.Equal(expected, NewsText.SpeakerMatches(gold, returned));
}
