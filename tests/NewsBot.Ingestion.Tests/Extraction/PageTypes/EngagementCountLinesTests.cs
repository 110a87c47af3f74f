using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class EngagementCountLinesTests
{
    private static string Card(int i) => $"""
        <article class="story-card"><h2><a href="/posts/{i}">Notes from the Orrin Street meetup, week {i}</a></h2>
          <p>Twelve builders compared soldering irons and argued about flux until the caretaker locked the hall.</p>
          <div class="meta"><span>{10 + i} reactions</span></div><div class="meta"><span>{i} comments</span></div>
          <div class="meta"><span>{i % 5 + 2} min read</span></div></article>
        """;

    private static string Listing => $"""
        <html><head><title>Latest posts | Kettlewick Makers</title></head><body><main>
        <h1>Latest posts</h1>{string.Concat(Enumerable.Range(1, 8).Select(Card))}
        </main></body></html>
        """;

    [Fact]
    public void Extract_ListingWithCounterUnderEachCard_DropsTheCounters()
    {
        var article = new ArticleExtractor().Extract(Listing, new Uri("https://kettlewick.example/posts"), PageType.Listing);

        Assert.Contains("Notes from the Orrin Street meetup, week 8", article.Text, StringComparison.Ordinal);
        Assert.Contains("caretaker locked the hall", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reactions", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("comments", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("min read", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProductWithReviewCount_KeepsTheCount()
    {
        var article = new ArticleExtractor().Extract(Listing, new Uri("https://kettlewick.example/posts"), PageType.Product);

        Assert.Contains("reactions", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("44 reactions", true)]
    [InlineData(" 3 Likes ", true)]
    [InlineData("1,204 visualizzazioni", true)]
    [InlineData("12 Kommentare", true)]
    [InlineData("7 min read", true)]
    [InlineData("(17.2k)", true)]
    [InlineData("2 Reviews", true)]
    [InlineData("27 comments on the harbour budget", false)]
    [InlineData("(see the 3 photos)", false)]
    [InlineData("Comments", false)]
    [InlineData("1999", false)]
    public void IsCounter_Line_MatchesOnlyACountOfEngagement(string line, bool expected) =>
        Assert.Equal(expected, EngagementCountLines.IsCounter(line));

    [Fact]
    public void Remove_TextOfOnlyCounters_ReturnsItUnchanged()
    {
        const string text = "3 comments\n5 likes";

        Assert.Equal(text, EngagementCountLines.Remove(text));
    }
}
