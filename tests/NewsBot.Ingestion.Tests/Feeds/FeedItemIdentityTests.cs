using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedItemIdentityTests
{
    private const string FeedUrl = "https://gazette.example/feed.xml";
    private static readonly Uri Document = new(FeedUrl);

    [Fact]
    public void For_ItemWithIdAndLink_IdAndCanonicalLink()
    {
        var item = new FeedItem { Id = " gazette-7 ", Link = "/news/7?utm_source=rss" };

        var identity = FeedItemIdentity.For(FeedUrl, item, Document);

        Assert.Equal((FeedUrl, "gazette-7", "https://gazette.example/news/7"), (identity.FeedUrl, identity.ItemId, identity.CanonicalUrl));
    }

    [Fact]
    public void For_BlankIdWithLink_LinkIsTheId()
    {
        var identity = FeedItemIdentity.For(FeedUrl, new FeedItem { Id = " ", Link = "https://gazette.example/news/7" }, Document);

        Assert.Equal("https://gazette.example/news/7", identity.ItemId);
    }

    [Fact]
    public void For_NoIdNoLink_StableHashOfTitleAndSummary()
    {
        var item = new FeedItem { Id = "", Title = "Storm warning", Summary = "Winds of 120 km/h." };

        var first = FeedItemIdentity.For(FeedUrl, item, Document);
        var again = FeedItemIdentity.For(FeedUrl, item with { }, Document);
        var other = FeedItemIdentity.For(FeedUrl, item with { Summary = "Winds of 90 km/h." }, Document);

        Assert.StartsWith("sha256:", first.ItemId, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.NotEqual(first.ItemId, other.ItemId);
        Assert.Equal($"{FeedUrl}#{first.ItemId}", first.CanonicalUrl);
    }
}
