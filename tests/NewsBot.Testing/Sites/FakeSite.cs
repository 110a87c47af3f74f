namespace NewsBot.Testing.Sites;

/// <summary>Maps content types for the fake sites' replies.</summary>
public static class FakeSite
{
    public static LoopbackResponse Html(string html) => LoopbackResponse.Text(html, "text/html; charset=utf-8");

    public static LoopbackResponse Xml(string xml, string type = "application/xml") => LoopbackResponse.Text(xml, type + "; charset=utf-8");

    public static LoopbackResponse Json(string json) => LoopbackResponse.Text(json, "application/feed+json; charset=utf-8");

    /// <summary>The homepage of an invented outlet with RSS, Atom and JSON alternates and a comments feed, each mapped on <paramref name="server"/>.</summary>
    public static LoopbackHttpServer WithSeveralFeeds(this LoopbackHttpServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var site = server.BaseUri;
        server.Map("/", Html(FakeFeeds.Page("Harbour Courier", [
            FakeFeeds.Alternate("application/rss+xml", "/rss.xml", "Harbour Courier"),
            FakeFeeds.Alternate("application/atom+xml", "atom", "Harbour Courier (Atom)"),
            FakeFeeds.Alternate("application/feed+json", "/feed.json", "Harbour Courier (JSON)"),
            FakeFeeds.Alternate("application/rss+xml", "/comments/feed", "Harbour Courier » Comments Feed"),
        ])));
        server.Map("/rss.xml", Xml(FakeFeeds.Rss("Harbour Courier", 12, site), "application/rss+xml"));
        server.Map("/atom", Xml(FakeFeeds.Atom("Harbour Courier (Atom)", 10, site), "application/atom+xml"));
        server.Map("/feed.json", Json(FakeFeeds.JsonFeed("Harbour Courier (JSON)", 8, site)));
        server.Map("/comments/feed", Xml(FakeFeeds.Rss("Comments on Harbour Courier", 30, site), "application/rss+xml"));
        return server;
    }

    /// <summary>A homepage with two feeds (RSS and Atom) and no other: the moderator has to choose.</summary>
    public static LoopbackHttpServer WithTwoFeeds(this LoopbackHttpServer server, int items = 3)
    {
        ArgumentNullException.ThrowIfNull(server);
        var site = server.BaseUri;
        server.Map("/", Html(FakeFeeds.Page("Valley Ledger", [
            FakeFeeds.Alternate("application/rss+xml", "/news.rss", "Valley Ledger news"),
            FakeFeeds.Alternate("application/atom+xml", "/sport.atom", "Valley Ledger sport"),
        ])));
        server.Map("/news.rss", Xml(FakeFeeds.Rss("Valley Ledger news", items, site), "application/rss+xml"));
        server.Map("/sport.atom", Xml(FakeFeeds.Atom("Valley Ledger sport", items, site), "application/atom+xml"));
        return server;
    }
}
