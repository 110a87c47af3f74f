using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleEdgeLinesTests
{
    private const string Body =
        "The Brackenford library board voted on Tuesday to open the reading room on Sundays.\n\n"
        + "Librarian Edda Quellwright said volunteers would cover the first three months.";

    [Theory]
    [InlineData("Posted On\nJan 13, 2025")]
    [InlineData("Published: Feb 6, 2024")]
    [InlineData("Updated October 17, 2025\nEstimated reading time:\n1 minute")]
    [InlineData("Reading Time: 8 minutes")]
    [InlineData("14 March 2024")]
    [InlineData("Back")]
    public void Remove_ArticleOpeningWithADateline_DropsIt(string dateline)
    {
        Assert.Equal(Body, ArticleEdgeLines.Remove(dateline + "\n\n" + Body));
    }

    [Theory]
    [InlineData("Like this:\nLike Loading...")]
    [InlineData("Share this:")]
    [InlineData("Last updated on June 2, 2025")]
    [InlineData("Date last reviewed: April 2025")]
    [InlineData("View author page")]
    [InlineData("Updated November 23, 2013\nPosted July 10, 2004")]
    public void Remove_ArticleClosingWithPageLines_DropsThem(string closing)
    {
        Assert.Equal(Body, ArticleEdgeLines.Remove(Body + "\n\n" + closing + "\n"));
    }

    [Fact]
    public void Remove_BareMonthAndYearAtTheEnd_KeepsIt()
    {
        var text = Body + "\n\nNovember 2015";

        Assert.Equal(text, ArticleEdgeLines.Remove(text));
    }

    [Fact]
    public void Remove_DatelineInsideTheBody_KeepsIt()
    {
        var text = "The board met twice.\n\nMarch 3, 2025\n\n" + Body;

        Assert.Equal(text, ArticleEdgeLines.Remove(text));
    }

    [Fact]
    public void Remove_SentenceOpeningWithADate_KeepsIt()
    {
        var text = "On March 3, 2025 the board met in the old chapel to weigh the Sunday hours.\n\n" + Body;

        Assert.Equal(text, ArticleEdgeLines.Remove(text));
    }

    [Fact]
    public void Remove_TextThatIsOnlyADateline_KeepsIt()
    {
        const string text = "Published on March 3, 2025";

        Assert.Equal(text, ArticleEdgeLines.Remove(text));
    }

    [Fact]
    public void Remove_TextWithoutPageLines_ReturnsTheSameInstance()
    {
        var text = "\n" + Body + "\n\n";

        Assert.Same(text, ArticleEdgeLines.Remove(text));
    }
}
