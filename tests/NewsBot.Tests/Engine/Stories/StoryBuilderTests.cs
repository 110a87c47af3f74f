using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Stories;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Tests.Engine.Stories;

/// <summary>
/// The same article must read the same whether a poll stored it (the scheduled digest, <c>/digest</c>, <c>/news</c>,
/// <c>/quotes</c> on a stored address) or a command read it just now (<c>/feed test</c>, <c>/quotes</c>, the digest verb).
/// </summary>
public sealed class StoryBuilderTests
{
    private const string FeedUrl = "https://brindle-post.example/feed";
    private const string Text = "The ferry runs again. “We rebuilt the pier,” said Wren Holloway, the harbour master.";
    private static readonly Uri FeedUri = new(FeedUrl);
    private static readonly DateTimeOffset ItemTime = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    private static readonly Feed BrindleFeed = new() { Title = "Brindle Post: all news", Format = "rss" };

    private static readonly FeedItem Item = new()
    {
        Id = "ferry-1",
        Title = "Ferry back (feed headline)",
        Link = "https://brindle-post.example/news/ferry?utm_source=rss",
        Published = ItemTime,
    };

    private static readonly QuoteAnalysis Analysis = new(
        [new Quote("We rebuilt the pier,", 23, 43) { Speaker = "Wren Holloway", SpeakerRole = "the harbour master", IsKey = true, DisplayText = "We rebuilt the pier" }],
        ["The ferry runs again."]);

    [Fact]
    public void FromReadAndFromStored_SameArticle_SameStory()
    {
        var article = Page(title: "Ferry runs again after pier rebuild", siteName: "The Brindle Post");

        var read = StoryBuilder.FromRead(article, Analysis, CanonicalUrl.From(Item.Link, FeedUri), Item, BrindleFeed, Link.Uri);
        var stored = StoryBuilder.FromStored(Store(article), [], maxQuotes: 3).Story;

        Assert.Equal(Fields(read), Fields(stored));
        Assert.Equal(Quotes(read), Quotes(stored));
    }

    [Theory]
    [InlineData(null, null, "brindle-post.example")]
    [InlineData(null, "Brindle Post: all news", "Brindle Post: all news")]
    [InlineData("The Brindle Post", "Brindle Post: all news", "The Brindle Post")]
    public void FromReadAndFromStored_OutletFromPageFeedOrHost_SameOutlet(string? siteName, string? feedTitle, string expected)
    {
        var article = Page(title: "Ferry runs again", siteName: siteName);
        var feed = BrindleFeed with { Title = feedTitle };

        var read = StoryBuilder.FromRead(article, Analysis, null, Item, feed, Link.Uri);
        var stored = StoryBuilder.FromStored(Store(article, feed), [], maxQuotes: 3).Story;

        Assert.Equal(expected, read.Source);
        Assert.Equal(expected, stored.Source);
    }

    [Fact]
    public void FromRead_PageTitleAndFeedTitle_PageTitleAsTheDigestShows()
    {
        var story = StoryBuilder.FromRead(Page(title: "Ferry runs again after pier rebuild"), Analysis, null, Item, BrindleFeed, Link.Uri);

        Assert.Equal("Ferry runs again after pier rebuild", story.Title);
    }

    [Fact]
    public void FromRead_PageWithoutTitleOrDate_FeedItemsTitleAndDate()
    {
        var story = StoryBuilder.FromRead(Page(title: null), Analysis, null, Item, BrindleFeed, Link.Uri);

        Assert.Equal(Item.Title, story.Title);
        Assert.Equal(ItemTime, story.Published);
    }

    [Fact]
    public void FromStored_QuoteStoredBeforeDisplayTexts_ShowsItsText()
    {
        var stored = Store(Page(title: "Ferry runs again"));
        var old = stored with { Article = stored.Article with { Quotes = [new StoredQuote("We rebuilt the pier,", "Wren Holloway")] } };

        var quote = Assert.Single(StoryBuilder.FromStored(old, [], maxQuotes: 3).Story.Analysis.KeyQuotes);

        Assert.Equal("We rebuilt the pier,", quote.DisplayText);
        Assert.Equal(Text.IndexOf("We rebuilt", StringComparison.Ordinal), quote.Start);
    }

    private static SourceLocation Link => SourceLocation.FromLink(Item.Link, SourceLocation.Parse(FeedUrl))!;

    private static ExtractedArticle Page(string? title, string? siteName = null) =>
        new(Text, new ArticleMetadata { Title = title, SiteName = siteName, Published = ItemTime.AddHours(-1) });

    /// <summary>What a poll stores for the article, as the store hands it back.</summary>
    private static StoredArticle Store(ExtractedArticle article, Feed? feed = null)
    {
        var identity = FeedItemIdentity.For(FeedUrl, Item, FeedUri);
        var polled = new PolledItem(feed ?? BrindleFeed, Item, identity, Link, IsBackfill: false);
        return new StoredArticle(1, ItemTime, "hash", ArticleRecords.From(polled, article, Analysis, identity));
    }

    private static (string, string?, string?, DateTimeOffset?, bool, string) Fields(DigestStory story) =>
        (story.Title, story.Url, story.Source, story.Published, story.FromExcerpt, string.Join('|', story.Analysis.KeySentences));

    private static string[] Quotes(DigestStory story) =>
        [.. story.Analysis.KeyQuotes.Select(q => $"{q.Text}|{q.DisplayText}|{q.Speaker}|{q.SpeakerRole}|{q.Start}")];
}
