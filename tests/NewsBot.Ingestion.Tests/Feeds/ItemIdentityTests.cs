namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class ItemIdentityTests
{
    [Fact]
    public void Parse_ItemWithGuid_IdIsGuid()
    {
        var item = FeedFixtures.ParseText("<rss><channel><item><guid isPermaLink=\"false\">wren-77</guid><link>https://wren.example/a</link></item></channel></rss>").Items[0];

        Assert.Equal("wren-77", item.Id);
    }

    [Fact]
    public void Parse_ItemWithLinkOnly_IdIsResolvedLink()
    {
        var item = FeedFixtures.ParseText("<rss><channel><item><link>/a</link></item></channel></rss>", "https://wren.example/feed").Items[0];

        Assert.Equal("https://wren.example/a", item.Id);
    }

    [Fact]
    public void Parse_ItemWithTitleAndDateOnly_IdIsStableHash()
    {
        const string Xml = "<rss><channel><item><title>Town hall vote</title><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>"
            + "<item><title>Town hall vote, again</title><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>";

        var first = FeedFixtures.ParseText(Xml);
        var second = FeedFixtures.ParseText(Xml);

        Assert.StartsWith("sha256:", first.Items[0].Id, StringComparison.Ordinal);
        Assert.Equal(first.Items[0].Id, second.Items[0].Id);
        Assert.NotEqual(first.Items[0].Id, first.Items[1].Id);
    }

    [Fact]
    public void Parse_ItemWithNothingButText_IdNeverEmptyAndDistinct()
    {
        var feed = FeedFixtures.ParseText("<rss><channel><item><description>One</description></item><item><description>Two</description></item></channel></rss>");

        Assert.All(feed.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Id)));
        Assert.NotEqual(feed.Items[0].Id, feed.Items[1].Id);
    }
}
