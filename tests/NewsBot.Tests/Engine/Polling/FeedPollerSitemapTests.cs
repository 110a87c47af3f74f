using System.Globalization;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>A news sitemap index polled like a feed: conditional GET on the index, children followed, pages read.</summary>
public sealed class FeedPollerSitemapTests
{
    [Fact]
    public async Task PollAsync_NewsSitemapIndex_StoresEntriesInTheWindowAndSendsValidatorsNextTime()
    {
        await using var harness = await PollingHarness.StartAsync();
        var start = PollingHarness.Start;
        harness.Server.Map("/sitemap-index.xml", context =>
            context.Request.Headers.IfNoneMatch == "\"index-v1\""
                ? LoopbackResponse.Status(304).WriteToAsync(context)
                : LoopbackResponse.Text(
                    $"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{harness.Url("/news-1.xml")}</loc><lastmod>{Iso(start)}</lastmod></sitemap><sitemap><loc>{harness.Url("/archive-2019.xml")}</loc><lastmod>2019-01-01T00:00:00Z</lastmod></sitemap></sitemapindex>""",
                    "application/xml").WithHeader("ETag", "\"index-v1\"").WriteToAsync(context));
        harness.Server.Map("/news-1.xml", LoopbackResponse.Text(
            $"""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>{harness.Url("/news/tram.html")}</loc><news:news><news:publication><news:name>Valley Gazette</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>{Iso(start.AddHours(-1))}</news:publication_date><news:title>Tram line to the valley reopens</news:title></news:news></url>
              <url><loc>{harness.Url("/news/old-flood.html")}</loc><news:news><news:publication><news:name>Valley Gazette</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>{Iso(start.AddDays(-9))}</news:publication_date><news:title>Flood waters recede</news:title></news:news></url>
            </urlset>
            """, "application/xml"));
        harness.Server.Map("/news/tram.html", LoopbackResponse.Text(
            "<html><head><title>Tram line to the valley reopens</title></head><body><article><h1>Tram line to the valley reopens</h1><p>The tram line to the valley reopened on Saturday after two years of repairs, the transport office said.</p><p>\"We are glad to see the trams back,\" said Ines Varga, who runs the bakery by the terminus.</p></article></body></html>",
            "text/html; charset=utf-8"));
        var index = harness.Url("/sitemap-index.xml");

        var first = await harness.PollAsync(index);
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        var second = await harness.PollAsync(index);

        Assert.Equal(1, first.NewArticles + first.BackfilledArticles);
        Assert.Single(harness.Articles.Articles);
        Assert.Equal(1, harness.Server.CountRequests("/news/tram.html"));
        Assert.Equal(0, harness.Server.CountRequests("/news/old-flood.html"));
        Assert.Equal(0, harness.Server.CountRequests("/archive-2019.xml"));
        Assert.True(second.NotModified);
        Assert.Equal(1, harness.Server.CountRequests("/news-1.xml"));
        Assert.Equal("\"index-v1\"", harness.Server.Requests.Last(r => r.Path == "/sitemap-index.xml").Header("If-None-Match"));
    }

    [Fact]
    public async Task PollAsync_IndexChangedChildNot_ChildFetchedConditionallyAndNothingFails()
    {
        await using var harness = await PollingHarness.StartAsync();
        var start = PollingHarness.Start;
        var version = 1;
        harness.Server.Map("/sitemap-index.xml", context => LoopbackResponse.Text(Index(harness, version), "application/xml").WriteToAsync(context));
        harness.Server.Map("/news-1.xml", context => context.Request.Headers.IfModifiedSince.Count > 0
            ? LoopbackResponse.Status(304).WriteToAsync(context)
            : LoopbackResponse.Text(NewsUrlSet(harness, "/news/tram.html", "Tram line to the valley reopens", start.AddHours(-1)), "application/xml").WriteToAsync(context));
        harness.Server.Map("/news-2.xml", LoopbackResponse.Text(NewsUrlSet(harness, "/news/ferry.html", "Night ferry gets a second boat", start.AddMinutes(5)), "application/xml"));
        var index = harness.Url("/sitemap-index.xml");

        await harness.PollAsync(index);
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        version = 2;
        var second = await harness.PollAsync(index);

        Assert.Null(harness.Server.Requests.First(r => r.Path == "/news-1.xml").Header("If-Modified-Since"));
        var sent = harness.Server.Requests.Last(r => r.Path == "/news-1.xml").Header("If-Modified-Since");
        Assert.Equal(start.AddMinutes(-5), DateTimeOffset.Parse(sent!, CultureInfo.InvariantCulture));
        Assert.Null(second.Error);
        Assert.Equal(1, harness.Server.CountRequests("/news-2.xml"));
        Assert.Equal(2, harness.Server.CountRequests("/news-1.xml"));
    }

    private static string Index(PollingHarness harness, int version)
    {
        var second = version > 1 ? $"<sitemap><loc>{harness.Url("/news-2.xml")}</loc></sitemap>" : "";
        return $"<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{harness.Url("/news-1.xml")}</loc></sitemap>{second}</sitemapindex>";
    }

    private static string NewsUrlSet(PollingHarness harness, string path, string title, DateTimeOffset published) =>
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + $"<url><loc>{harness.Url(path)}</loc><news:news><news:publication><news:name>Valley Gazette</news:name><news:language>en</news:language></news:publication>"
        + $"<news:publication_date>{Iso(published)}</news:publication_date><news:title>{title}</news:title></news:news></url></urlset>";

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
