using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// While an article's words are lent, a stretch of that article is read from them: the words must be the ones tokenizing
/// the stretch gives, for every stretch, including those that cut a word. Invented text.
/// </summary>
public sealed class WordTokenizerArticleWordsTests
{
    private const string Article = "Odile Marwick’s co-op said: “We’ll open at 9.” Ferrant's aides, the Wexley-Obi team’, agreed.";

    [Fact]
    public void Tokenize_EveryStretchOfTheLentArticle_SameWordsAsReadingTheStretch()
    {
        var expected = new Dictionary<(int, int), List<Word>>();
        for (var start = 0; start <= Article.Length; start++)
        {
            for (var end = start; end <= Article.Length; end++)
            {
                expected[(start, end)] = WordTokenizer.Tokenize(Article, start, end);
            }
        }

        ArticleWordsInUse.Lend(Article, WordTokenizer.Tokenize(Article, 0, Article.Length));
        try
        {
            foreach (var ((start, end), words) in expected)
            {
                Assert.Equal(words, WordTokenizer.Tokenize(Article, start, end));
            }
        }
        finally
        {
            ArticleWordsInUse.Release();
        }
    }

    [Fact]
    public void Tokenize_StretchCuttingANameWhileLent_OnlyThePartInside()
    {
        var start = Article.IndexOf("wick", StringComparison.Ordinal);
        ArticleWordsInUse.Lend(Article, WordTokenizer.Tokenize(Article, 0, Article.Length));
        try
        {
            var words = WordTokenizer.Tokenize(Article, start, start + "wick’s co".Length);

            Assert.Equal(["wick", "co"], words.Select(w => w.Text));
        }
        finally
        {
            ArticleWordsInUse.Release();
        }
    }
}
