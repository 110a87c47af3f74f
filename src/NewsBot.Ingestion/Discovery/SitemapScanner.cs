using System.Globalization;
using System.Xml;

namespace NewsBot.Ingestion.Discovery;

/// <summary>
/// Tells a news sitemap (Google News: <c>xmlns:news</c>, <c>&lt;news:news&gt;</c>) from a plain one or an index, reading
/// once and forward only. Hostile input is refused: no DTD (an entity bomb is an error, never expanded), no resolver,
/// and caps on the entries and index children read.
/// </summary>
internal static class SitemapScanner
{
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public const int MaxIndexChildren = 1000;
    public const int MaxEntries = 50_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <exception cref="XmlException">Not well-formed XML, or it declares a DTD.</exception>
    public static SitemapScan Scan(Stream body, Uri sitemapUri)
    {
        using var reader = XmlReader.Create(body, Settings);
        if (reader.MoveToContent() != XmlNodeType.Element)
            return SitemapScan.NotASitemap;
        return reader.LocalName switch
        {
            "urlset" => ScanUrlSet(reader),
            "sitemapindex" => ScanIndex(reader, sitemapUri),
            _ => SitemapScan.NotASitemap,
        };
    }

    private static SitemapScan ScanUrlSet(XmlReader reader)
    {
        var isNews = DeclaresNews(reader);
        var (entries, newest, publication) = (0, (DateTimeOffset?)null, (string?)null);
        // Reading an element's text leaves the reader on the next node already, which Read() would skip.
        var onNext = false;
        while ((onNext || reader.Read()) && entries < MaxEntries)
        {
            onNext = false;
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName == "url")
                entries++;
            if (reader.NamespaceURI != NewsNamespace)
                continue;
            isNews = true;
            if (reader.LocalName == "publication_date")
            {
                (onNext, var date) = (true, Date(reader.ReadElementContentAsString()));
                newest = date > newest || newest is null ? date : newest;
            }
            else if (reader.LocalName == "name" && publication is null)
            {
                (onNext, publication) = (true, reader.ReadElementContentAsString().Trim());
            }
        }
        return new SitemapScan(isNews ? SitemapShape.News : SitemapShape.Plain, entries, newest, publication, [], false);
    }

    private static SitemapScan ScanIndex(XmlReader reader, Uri sitemapUri)
    {
        var children = new List<Uri>();
        var (capped, onNext) = (false, false);
        while (onNext || reader.Read())
        {
            onNext = false;
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "loc")
                continue;
            if (children.Count == MaxIndexChildren)
            {
                capped = true;
                break;
            }
            onNext = true;
            if (PageLinkReader.Resolve(sitemapUri, reader.ReadElementContentAsString()) is { } child)
                children.Add(child);
        }
        return new SitemapScan(SitemapShape.Index, children.Count, null, null, children, capped);
    }

    private static bool DeclaresNews(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.Value == NewsNamespace)
            {
                reader.MoveToElement();
                return true;
            }
        }
        reader.MoveToElement();
        return false;
    }

    private static DateTimeOffset? Date(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUniversalTime() : null;
}
