using System.Xml;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;

namespace NewsBot.Ingestion.Discovery;

/// <summary>Reads a fetched body as a feed, else a sitemap when it is XML, else (for the page itself) as HTML with links.</summary>
internal sealed class CandidateReader(FeedParser parser)
{
    private const string UnknownFormat = "unknown";

    public CandidateProbe Read(FetchedResource fetched, FeedCandidate candidate, bool isPage)
    {
        if (TryParseFeed(fetched) is { } feed)
        {
            var found = new DiscoveredFeed(fetched.FinalUri, KindOf(feed.Format), feed.Title, feed.Items.Count, Newest(feed), candidate.IsComments);
            return new CandidateProbe(DiscoveryOutcomes.Of(found), found, FinalUri: fetched.FinalUri);
        }
        if (LooksLikeXml(fetched))
        {
            var sitemap = ReadSitemap(fetched, candidate);
            // An XHTML page is XML too, and still a page with links.
            if (!isPage || sitemap.Feed is not null || sitemap.Sitemap is not null)
                return sitemap;
        }
        if (!isPage)
            return new CandidateProbe(DiscoveryOutcomes.NotAFeed, FinalUri: fetched.FinalUri);
        var links = PageLinkReader.Read(fetched.DecodeText(), fetched.FinalUri);
        return new CandidateProbe($"a page with {links.Alternates.Count} feed links", Links: links, FinalUri: fetched.FinalUri);
    }

    private static CandidateProbe ReadSitemap(FetchedResource fetched, FeedCandidate candidate)
    {
        SitemapScan scan;
        try
        {
            using var body = new MemoryStream(fetched.Body, writable: false);
            scan = SitemapScanner.Scan(body, fetched.FinalUri);
        }
        catch (XmlException e)
        {
            return new CandidateProbe(e.Message.Contains("DTD", StringComparison.Ordinal) ? "refused: declares a DTD" : "not well-formed XML", FinalUri: fetched.FinalUri);
        }
        return scan.Shape switch
        {
            SitemapShape.News => Found(new DiscoveredFeed(fetched.FinalUri, "news-sitemap", scan.Publication, scan.Entries, scan.Newest, candidate.IsComments), scan),
            SitemapShape.Index => new CandidateProbe(
                $"a sitemap index of {scan.Entries}{(scan.IndexCapped ? "+ (read no further)" : "")} sitemaps", Sitemap: scan, FinalUri: fetched.FinalUri),
            SitemapShape.Plain => new CandidateProbe(DiscoveryOutcomes.PlainSitemap, Sitemap: scan, FinalUri: fetched.FinalUri),
            _ => new CandidateProbe(DiscoveryOutcomes.NotAFeed, FinalUri: fetched.FinalUri),
        };

        static CandidateProbe Found(DiscoveredFeed feed, SitemapScan scan) => new(DiscoveryOutcomes.Of(feed), feed, Sitemap: scan, FinalUri: feed.Url);
    }

    private Feed? TryParseFeed(FetchedResource fetched)
    {
        try
        {
            var feed = parser.Parse(fetched.Content, fetched.FinalUri, fetched.Charset, fetched.ContentLanguage);
            // The lenient parser reads any XML as an "unknown" feed, hoping for items; discovery wants a real one. Sitemaps
            // parse too, but discovery tells a news sitemap from a plain one and follows an index itself.
            return feed.Format == UnknownFormat || SitemapFormats.IsSitemap(feed.Format) ? null : feed;
        }
        catch (FeedFormatException)
        {
            return null;
        }
    }

    public static string KindOf(string format) => format switch
    {
        "rss10" or "rss090" => "rdf",
        _ when format.StartsWith("rss", StringComparison.Ordinal) => "rss",
        _ when format.StartsWith("atom", StringComparison.Ordinal) => "atom",
        _ when format.StartsWith("json", StringComparison.Ordinal) => "json-feed",
        _ => format,
    };

    private static DateTimeOffset? Newest(Feed feed) => feed.Items.Max(i => i.Published ?? i.Updated);

    private static bool LooksLikeXml(FetchedResource fetched)
    {
        if (fetched.MediaType is { } type && type.Contains("xml", StringComparison.OrdinalIgnoreCase))
            return true;
        Span<byte> start = stackalloc byte[64];
        var head = start[..fetched.Content.CopyStart(start)];
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<urlset", StringComparison.Ordinal) || text.StartsWith("<sitemapindex", StringComparison.Ordinal);
    }
}
