using NewsBot.Testing;
using NewsBot.Testing.Sites;

namespace NewsBot.Ingestion.Tests.Discovery;

internal static class HostileSites
{
    /// <summary>A homepage without feeds whose robots.txt names one sitemap: the hostile part lives there.</summary>
    public static void MapNothingButRobots(this LoopbackHttpServer server, string sitemapPath)
    {
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Plain", [])));
        server.Map("/robots.txt", LoopbackResponse.Text($"User-agent: *\nSitemap: {server.Url(sitemapPath)}\n"));
    }
}
