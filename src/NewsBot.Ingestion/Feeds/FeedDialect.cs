namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// The vocabulary of the document's root element. Feeds that put their own elements in a namespace nobody knows
/// (a misspelt Atom URI, "rss2.1", no namespace on an Atom feed) still mean RSS or Atom by them.
/// </summary>
internal sealed record FeedDialect(string RootNamespace, FeedNamespace RootKind)
{
    public static readonly FeedDialect Rss = new("", FeedNamespace.Rss);

    public FeedNamespace Classify(string namespaceUri) =>
        namespaceUri == RootNamespace ? RootKind : FeedNamespaces.Classify(namespaceUri);
}
