using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Core.Topics;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>
/// Black box: a topic created through the fake Discord with catalogue sources and a query posts a digest from a
/// news-sitemap outlet and an RSS outlet of invented loopback sites (a test catalogue via Catalog:Add): only the stories
/// its query matches, each once, and each outlet fetched once although a second server's topic uses them too.
/// </summary>
public sealed class CatalogTopicDigestTests
{
    private const string Channel = "100";
    private const string SitemapPath = "/ledger/news-sitemap.xml";

    [Fact]
    public async Task TopicWithCatalogueSources_PostsMatchingStoriesFromSitemapAndRssOutletsEachOnce()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var now = TimeProvider.System.GetUtcNow();
        var site = harness.Site;
        SiteStory[] rss = [SiteStory.Brief(0, now.AddMinutes(-40)), SiteStory.Brief(1, now.AddMinutes(-35))];
        SiteStory[] sitemap = [SiteStory.Brief(2, now.AddMinutes(-30)), SiteStory.Brief(3, now.AddMinutes(-25))];
        site.Publish("courier", rss);
        site.Publish("ledger", sitemap);
        site.Server.Map(SitemapPath, LoopbackResponse.Text(NewsSitemap(site.Server, "ledger", sitemap), "application/xml; charset=utf-8"));
        AddOutlet(harness, 0, "Northfield Courier Catalogued", "rss", site.FeedUrl("courier"));
        AddOutlet(harness, 1, "Valley Ledger Catalogued", "news-sitemap", site.Server.Url(SitemapPath).AbsoluteUri);
        harness.Set("Digests:Layout", "Components");
        harness.Discord.State.Channels.TryAdd(Channel, FakeChannelKind.Text);
        // Another server's catalogue topic, stored before start-up without its outlets: start-up fills them in.
        await harness.SeedTopicInGuildAsync("700", "701", "Elsewhere");
        var elsewhere = (await harness.Topics.FindAsync("700", "Elsewhere", TestContext.Current.CancellationToken))!;
        await harness.Topics.SaveAsync(elsewhere with { Catalog = new CatalogSources("zz", null) }, "seed", "catalogue", TestContext.Current.CancellationToken);
        await harness.StartBotAsync();

        var created = await harness.Discord.Gateway.SendInteractionAsync("topic", Create("bridge OR tram", "0/3 * * * * ?"));
        await FakeDiscordServer.WaitUntilAsync(() => Digest(harness) is { } text && text.Contains("Ashcombe", StringComparison.Ordinal),
            TestContext.Current.CancellationToken, TimeSpan.FromSeconds(60));

        var digest = Digest(harness)!;
        Assert.Contains("from the 2 outlets of the catalogue matching country zz", created.Original!.Content, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(digest, "Kelmsby argues over bridge repairs on the Orrin river"));
        Assert.Equal(1, Occurrences(digest, "Ashcombe argues over a tram line extension"));
        Assert.DoesNotContain("Dunmarrow", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Fellgate", digest, StringComparison.Ordinal);
        Assert.Equal(1, site.Server.CountRequests("/courier/feed.xml"));
        Assert.Equal(1, site.Server.CountRequests(SitemapPath));
        Assert.Equal(2, (await harness.Topics.FindAsync("700", "Elsewhere", TestContext.Current.CancellationToken))!.Feeds.Count);
    }

    private static string? Digest(FeedCommandHarness harness) =>
        harness.Discord.State.Messages.Where(m => m.ChannelId == Channel && m.HasContainer).Select(m => m.ComponentText).FirstOrDefault(t => t.Contains("argues", StringComparison.Ordinal));

    private static int Occurrences(string text, string headline) =>
        (text.Length - text.Replace(headline, "", StringComparison.Ordinal).Length) / headline.Length;

    private static JsonArray Create(string query, string schedule)
    {
        var leaves = new JsonArray(
            Option("name", "Town works"), Option("query", query), new JsonObject { ["name"] = "channel", ["type"] = 7, ["value"] = Channel },
            Option("schedule", schedule), Option("sources", "catalog"), Option("country", "zz"));
        return [new JsonObject { ["type"] = 1, ["name"] = "create", ["options"] = leaves }];
    }

    private static JsonObject Option(string name, string value) => new() { ["name"] = name, ["type"] = 3, ["value"] = value };

    private static void AddOutlet(FeedCommandHarness harness, int index, string name, string kind, string url)
    {
        var prefix = $"Catalog:Add:{index.ToString(CultureInfo.InvariantCulture)}:";
        harness.Set(prefix + "Name", name);
        harness.Set(prefix + "Homepage", new Uri(url).GetLeftPart(UriPartial.Authority));
        harness.Set(prefix + "Country", "zz");
        harness.Set(prefix + "Languages:0", "en");
        harness.Set(prefix + "Kind", kind);
        harness.Set(prefix + "Url", url);
    }

    private static string NewsSitemap(LoopbackHttpServer server, string outlet, IEnumerable<SiteStory> stories)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        foreach (var story in stories)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<url><loc>{server.Url($"/{outlet}/{story.Slug}.html").AbsoluteUri}</loc><news:news>")
               .Append(CultureInfo.InvariantCulture, $"<news:publication><news:name>{SiteStory.OutletName(outlet)}</news:name><news:language>en</news:language></news:publication>")
               .Append(CultureInfo.InvariantCulture, $"<news:publication_date>{story.Published:O}</news:publication_date><news:title>{SecurityElement.Escape(story.Headline)}</news:title></news:news></url>");
        }
        return xml.Append("</urlset>").ToString();
    }
}
