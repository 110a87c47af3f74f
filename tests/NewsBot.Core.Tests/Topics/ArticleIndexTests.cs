using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using static NewsBot.Core.Tests.Topics.StoredArticles;

namespace NewsBot.Core.Tests.Topics;

public sealed class ArticleIndexTests
{
    private static readonly StoredArticle Ferry = Article("Ferry fleet grows", "Two new ferries for the lake.");

    [Fact]
    public void WordsOf_SameArticleTwice_AnalysedOnce()
    {
        var index = new ArticleIndex();

        var first = index.WordsOf(Ferry);
        var second = index.WordsOf(Ferry);

        Assert.Same(first, second);
        Assert.Equal(1, index.Analysed);
    }

    [Fact]
    public void WordsOf_SameIdDifferentText_AnalysedAgain()
    {
        var index = new ArticleIndex();
        index.WordsOf(Ferry);

        var rebuilt = index.WordsOf(Ferry with { TextHash = "other", Article = Ferry.Article with { Text = "The lighthouse reopens." } });

        Assert.Equal(2, index.Analysed);
        Assert.True(index.Compile(TopicQuery.Parse("lighthouse")).Matches(rebuilt));
    }
}
