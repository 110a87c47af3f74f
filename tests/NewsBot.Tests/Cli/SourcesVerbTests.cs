using NewsBot.Testing;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Cli;

/// <summary><c>sources check</c> against invented outlets of the user-assigned country "zz" on loopback, never the internet.</summary>
public sealed class SourcesVerbTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task SourcesCheck_FakeOutlets_PrintsStatusItemsAndNewestPerOutlet()
    {
        await using var site = await NewsSite.StartAsync();
        site.Publish("courier", SiteStory.Ferry(new DateTimeOffset(2026, 5, 4, 9, 30, 0, TimeSpan.Zero)));
        site.Server.Map("/gazette/news.xml", LoopbackResponse.Text(
            """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://gazette.example/a</loc><news:news><news:publication_date>2026-05-03T08:00:00Z</news:publication_date><news:title>Tram line reopens</news:title></news:news></url></urlset>""",
            "application/xml"));
        site.Server.Map("/old/feed.xml", LoopbackResponse.Redirect("/courier/feed.xml", 301));
        site.Server.Map("/home.html", LoopbackResponse.Text("<!DOCTYPE html><html><body>Welcome</body></html>", "text/html"));
        var settings = new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "true", ["Fetching:MaxRetries"] = "0" };
        Outlet(settings, 0, "Zed Courier", "rss", site.FeedUrl("courier"));
        Outlet(settings, 1, "Zed Gazette", "news-sitemap", site.Server.Url("/gazette/news.xml").AbsoluteUri);
        Outlet(settings, 2, "Zed Gone", "rss", site.Server.Url("/gone/feed.xml").AbsoluteUri);
        Outlet(settings, 3, "Zed Moved", "rss", site.Server.Url("/old/feed.xml").AbsoluteUri);
        Outlet(settings, 4, "Zed Page", "rss", site.Server.Url("/home.html").AbsoluteUri);

        var run = await CliRun.ExecuteAsync(["sources", "check", "--country", "zz"], settings);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("outlet", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^Zed Courier\s+zz\s+rss\s+ok\s+1\s+2026-05-04 09:30$", lines[1]);
        Assert.Matches(@"^Zed Gazette\s+zz\s+news-sitemap\s+ok\s+1\s+2026-05-03 08:00$", lines[2]);
        Assert.Matches(@"^Zed Gone\s+zz\s+rss\s+gone\s+0\s+-\s+.*404", lines[3]);
        Assert.Matches(@"^Zed Moved\s+zz\s+rss\s+moved\s+1\s+.*/courier/feed\.xml$", lines[4]);
        Assert.Matches(@"^Zed Page\s+zz\s+rss\s+not a feed\s+0", lines[5]);
        Assert.Equal("1 gone, 1 moved, 1 not a feed, 2 ok", lines[6]);
    }

    [Fact]
    public async Task SourcesCheck_CountryWithNoOutlet_UsageError()
    {
        var run = await CliRun.ExecuteAsync("sources", "check", "--country", "qq");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no outlet of the catalogue is in 'qq'", run.Error, StringComparison.Ordinal);
    }

    private static void Outlet(Dictionary<string, string?> settings, int index, string name, string kind, string url)
    {
        var prefix = $"Catalog:Add:{index}:";
        settings[prefix + "Name"] = name;
        settings[prefix + "Homepage"] = "https://" + name.Replace(' ', '-').ToLowerInvariant() + ".example/";
        settings[prefix + "Country"] = "zz";
        settings[prefix + "Languages:0"] = "en";
        settings[prefix + "Kind"] = kind;
        settings[prefix + "Url"] = url;
    }
}
