using NewsBot.Ingestion.Articles;

namespace NewsBot.Ingestion.Tests.Articles;

public sealed class PlainTextArticleTests
{
    [Fact]
    public void From_WrappedLinesAndCrLf_JoinsParagraphsWithOneBlankLine()
    {
        var article = PlainTextArticle.From("First line\r\nsame paragraph.\r\n\r\n\r\n\r\n  Second paragraph.  \r\n");

        Assert.Equal("First line same paragraph.\n\nSecond paragraph.", article.Text);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void From_Empty_IsEmptyText() => Assert.Equal(string.Empty, PlainTextArticle.From("\n\n  \n").Text);
}
