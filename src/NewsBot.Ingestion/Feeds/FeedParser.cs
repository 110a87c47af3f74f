using NewsBot.Core.Feeds;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Lenient RSS 0.9x/2.0, RDF, Atom 0.3/1.0 and JSON Feed parser. Stub: replaced by the feed work.</summary>
public sealed class FeedParser
{
    /// <exception cref="FeedFormatException">The document is not a feed at all.</exception>
    public Feed Parse(ReadOnlySpan<byte> body, Uri? feedUri, string? headerCharset = null) =>
        throw new NotImplementedException();
}
