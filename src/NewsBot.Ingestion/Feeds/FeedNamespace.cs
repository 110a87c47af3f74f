namespace NewsBot.Ingestion.Feeds;

/// <summary>The vocabularies a feed element can come from, as far as mapping is concerned.</summary>
internal enum FeedNamespace
{
    /// <summary>No namespace or an RSS namespace: RSS 0.9x/1.0/2.0 and CDF elements.</summary>
    Rss,
    Atom,
    Atom03,
    DublinCore,
    DublinCoreTerms,
    Content,
    ITunes,
    Media,
    Admin,
    Xhtml,
    Other,
}
