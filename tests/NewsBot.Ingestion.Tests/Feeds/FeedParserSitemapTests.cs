using System.Text;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Ingestion.Tests.Sitemaps;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>News sitemaps and sitemap indexes read as feeds, including hostile ones.</summary>
public sealed class FeedParserSitemapTests
{
    private const int GuardMilliseconds = 10_000;
    private static readonly DateTimeOffset Noon = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_NewsSitemap_ReadsTitleDateLanguageAndKeywords()
    {
        var xml = SitemapText.UrlSet(
            SitemapText.NewsEntry("https://lantern.example/city/budget-vote", "Council passes the harbour budget", Noon, "de", "budget, harbour ,council"));

        var feed = FeedFixtures.ParseText(xml, "https://lantern.example/news-sitemap.xml");

        Assert.Equal(SitemapFormats.UrlSet, feed.Format);
        Assert.Equal("de", feed.Language);
        Assert.Equal("The Daily Lantern", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Council passes the harbour budget", item.Title);
        Assert.Equal("https://lantern.example/city/budget-vote", item.Link);
        Assert.Equal(Noon, item.Published);
        Assert.Equal(["budget", "harbour", "council"], item.Categories);
    }

    [Fact]
    public void Parse_PlainUrlSet_ReadsLocAndLastmodAndSkipsNonHttpEntries()
    {
        var xml = SitemapText.Head + """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>/sport/final-whistle</loc><lastmod>2026-05-04T10:00:00Z</lastmod></url>
              <url><loc>javascript:alert(1)</loc></url>
            </urlset>
            """;

        var feed = FeedFixtures.ParseText(xml, "https://lantern.example/sitemap.xml");

        var item = Assert.Single(feed.Items);
        Assert.Equal("https://lantern.example/sport/final-whistle", item.Link);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Contains(feed.Warnings, w => w.Contains("no usable <loc>", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SitemapIndex_ListsChildSitemapsAsItems()
    {
        var xml = SitemapText.Index([("https://lantern.example/sitemap-news-1.xml", Noon), ("https://lantern.example/sitemap-news-2.xml", null)]);

        var feed = FeedFixtures.ParseText(xml);

        Assert.Equal(SitemapFormats.Index, feed.Format);
        Assert.Equal(["https://lantern.example/sitemap-news-1.xml", "https://lantern.example/sitemap-news-2.xml"], feed.Items.Select(i => i.Link));
        Assert.Equal(Noon, feed.Items[0].Updated);
    }

    [Fact(Timeout = GuardMilliseconds)]
    public async Task Parse_SitemapEntityBomb_NotExpanded()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE urlset [{entities}]>"
            + SitemapText.UrlSet(SitemapText.NewsEntry("https://lantern.example/a", "&lol9;", Noon))[SitemapText.Head.Length..];

        var feed = await Task.Run(() => FeedFixtures.ParseText(xml), TestContext.Current.CancellationToken);

        Assert.Equal("&lol9;", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_FiftyMegabyteSitemap_Refused()
    {
        var head = Encoding.UTF8.GetBytes(SitemapText.UrlSet(SitemapText.NewsEntry("https://lantern.example/a", "Padding follows", Noon)));
        var body = new byte[50 * 1024 * 1024];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length).Fill((byte)' ');

        var error = Assert.Throws<FeedFormatException>(() => new FeedParser().Parse(body, null));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }
}
