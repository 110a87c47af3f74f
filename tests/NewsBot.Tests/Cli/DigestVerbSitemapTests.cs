using System.Globalization;
using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary><c>digest &lt;news sitemap&gt;</c> reads it as the poller does: the index followed, entries in the window, each entry's page.</summary>
public sealed class DigestVerbSitemapTests
{
    [Fact]
    public async Task Digest_NewsSitemapIndex_StoriesAreItsRecentArticlesNotItsChildSitemaps()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        var now = TimeProvider.System.GetUtcNow();
        server.Map("/sitemap-index.xml", LoopbackResponse.Text(
            $"<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{server.Url("/news-1.xml")}</loc></sitemap></sitemapindex>", "application/xml"));
        server.Map("/news-1.xml", LoopbackResponse.Text(
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + Entry(server, "/news/tram.html", "Tram line to the valley reopens", now.AddHours(-2))
            + Entry(server, "/news/flood.html", "Flood waters recede", now.AddDays(-9)) + "</urlset>", "application/xml"));
        server.Map("/news/tram.html", LoopbackResponse.Text(
            "<html><head><title>Tram line to the valley reopens</title></head><body><article><h1>Tram line to the valley reopens</h1><p>The tram line to the valley reopened on Saturday after two years of repairs, the transport office said.</p><p>\"We are glad to see the trams back,\" said Ines Varga, who runs the bakery by the terminus.</p></article></body></html>",
            "text/html; charset=utf-8"));

        var run = await CliRun.ExecuteAsync(
            ["digest", server.Url("/sitemap-index.xml").AbsoluteUri, "--json"], new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "true" });

        Assert.Equal(0, run.ExitCode);
        var stories = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray().ToList();
        var story = Assert.Single(stories);
        Assert.Equal("Tram line to the valley reopens", story.GetProperty("title").GetString());
        Assert.EndsWith("/news/tram.html", story.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, server.CountRequests("/news/flood.html"));
    }

    private static string Entry(LoopbackHttpServer server, string path, string title, DateTimeOffset published) =>
        $"<url><loc>{server.Url(path)}</loc><news:news><news:publication><news:name>Valley Gazette</news:name><news:language>en</news:language></news:publication>"
        + $"<news:publication_date>{published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}</news:publication_date><news:title>{title}</news:title></news:news></url>";
}
