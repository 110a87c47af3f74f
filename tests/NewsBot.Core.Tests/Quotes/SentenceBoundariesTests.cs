using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Italian's `on.` (onorevole) after an elided article is an abbreviation; an English sentence ending in `on.` still ends. Invented text.</summary>
public sealed class SentenceBoundariesTests
{
    [Theory]
    [InlineData("Lo ribadisce l'on. Paolo Brambati in aula.")]
    [InlineData("Lo ribadisce l’on. Paolo Brambati in aula.")]
    [InlineData("Ne ha parlato il sen. Paolo Brambati in aula.")]
    public void IsEnd_DotOfAnItalianTitleBeforeAName_NoSentenceEnd(string text)
    {
        var dot = text.IndexOf(". P", StringComparison.Ordinal);

        Assert.False(SentenceBoundaries.IsEnd(text, dot, text.Length));
    }

    [Fact]
    public void IsEnd_EnglishSentenceEndingInOn_SentenceEnd()
    {
        const string text = "The crew carried on. Paul Brand stayed ashore.";

        Assert.True(SentenceBoundaries.IsEnd(text, text.IndexOf(". P", StringComparison.Ordinal), text.Length));
    }
}
