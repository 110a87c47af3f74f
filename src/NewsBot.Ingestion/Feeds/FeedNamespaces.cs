using System.Xml;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Namespace URIs of feed vocabularies, and the prefixes feeds often use without declaring them.</summary>
internal static class FeedNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly Dictionary<string, FeedNamespace> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = FeedNamespace.Rss,
        ["http://purl.org/rss/1.0/"] = FeedNamespace.Rss,
        [Rss090] = FeedNamespace.Rss,
        ["http://backend.userland.com/rss2"] = FeedNamespace.Rss,
        ["http://backend.userland.com/rss"] = FeedNamespace.Rss,
        ["http://blogs.law.harvard.edu/tech/rss"] = FeedNamespace.Rss,
        [Atom10] = FeedNamespace.Atom,
        [Atom03] = FeedNamespace.Atom03,
        ["http://purl.org/dc/elements/1.1/"] = FeedNamespace.DublinCore,
        ["http://purl.org/dc/elements/1.0/"] = FeedNamespace.DublinCore,
        ["http://purl.org/dc/terms/"] = FeedNamespace.DublinCoreTerms,
        ["http://purl.org/rss/1.0/modules/content/"] = FeedNamespace.Content,
        ["http://www.itunes.com/dtds/podcast-1.0.dtd"] = FeedNamespace.ITunes,
        ["http://search.yahoo.com/mrss/"] = FeedNamespace.Media,
        ["http://search.yahoo.com/mrss"] = FeedNamespace.Media,
        ["http://webns.net/mvcb/"] = FeedNamespace.Admin,
        [Xhtml] = FeedNamespace.Xhtml,
    };

    private static readonly (string Prefix, string Uri)[] UndeclaredPrefixes =
    [
        ("dc", "http://purl.org/dc/elements/1.1/"), ("dcterms", "http://purl.org/dc/terms/"),
        ("content", "http://purl.org/rss/1.0/modules/content/"), ("atom", Atom10), ("rdf", Rdf),
        ("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"), ("media", "http://search.yahoo.com/mrss/"),
        ("xhtml", Xhtml), ("admin", "http://webns.net/mvcb/"), ("slash", "http://purl.org/rss/1.0/modules/slash/"),
        ("wfw", "http://wellformedweb.org/CommentAPI/"), ("sy", "http://purl.org/rss/1.0/modules/syndication/"),
        ("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"), ("georss", "http://www.georss.org/georss"),
        ("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"), ("creativeCommons", "http://backend.userland.com/creativeCommonsRssModule"),
    ];

    public static FeedNamespace Classify(string namespaceUri) =>
        Known.TryGetValue(namespaceUri, out var known) ? known : FeedNamespace.Other;

    /// <summary>A parser context in which common module prefixes resolve even when the feed forgot to declare them.</summary>
    public static XmlParserContext LenientContext()
    {
        var names = new NameTable();
        var manager = new XmlNamespaceManager(names);
        foreach (var (prefix, uri) in UndeclaredPrefixes)
            manager.AddNamespace(prefix, uri);
        return new XmlParserContext(names, manager, null, XmlSpace.None);
    }
}
