using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Lenient RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF and JSON Feed parser for untrusted input: no DTD is processed (only
/// literal-text entity declarations are honoured, never nested, capped), no file or URL is fetched. Repairs what real
/// feeds get wrong (HTML entities, stray ampersands, lying charsets, truncation, broken items) and says so in
/// <see cref="Feed.Warnings"/>. Charset order: byte-order mark, HTTP header, XML declaration, UTF-8.
/// </summary>
public sealed class FeedParser
{
    /// <summary>Bodies above this size are refused rather than parsed.</summary>
    public const int MaxBodyBytes = 32 * 1024 * 1024;

    /// <exception cref="FeedFormatException">The document is not a feed at all.</exception>
    public Feed Parse(ReadOnlySpan<byte> body, Uri? feedUri, string? headerCharset = null) =>
        Parse(body, feedUri, headerCharset, contentLanguage: null);

    /// <param name="contentLanguage">The HTTP Content-Language, used when the feed does not state its language.</param>
    /// <exception cref="FeedFormatException">The document is not a feed at all.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance API: the parser is injected as a service.")]
    public Feed Parse(ReadOnlySpan<byte> body, Uri? feedUri, string? headerCharset, string? contentLanguage) =>
        Parse(new FeedBytes(body), feedUri, headerCharset, contentLanguage);

    /// <summary>
    /// Parses a fetched body where it lies, in its pooled segments: no copy of the whole body into one array (for a
    /// feed over 85 KB, a large-object-heap array every poll). The feed is the same as from the body's bytes.
    /// </summary>
    /// <exception cref="FeedFormatException">The document is not a feed at all.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance API: the parser is injected as a service.")]
    public Feed Parse(ResponseBody body, Uri? feedUri, string? headerCharset, string? contentLanguage)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(new FeedBytes(body), feedUri, headerCharset, contentLanguage);
    }

    private static Feed Parse(FeedBytes body, Uri? feedUri, string? headerCharset, string? contentLanguage)
    {
        if (body.Length > MaxBodyBytes)
            throw new FeedFormatException($"The document is {body.Length:N0} bytes, over the {MaxBodyBytes:N0}-byte limit for a feed.");
        var warnings = new List<string>();
        // Content-Language may list several languages; the first is the primary one.
        contentLanguage = FieldMapper.Language(contentLanguage?.Split(',')[0]);
        using var text = FeedTextDecoder.Decode(body, headerCharset, warnings);
        C1Controls.MapInPlace(text.Span);
        var start = text.Span.IndexOfAnyExcept(" \t\r\n\uFEFF");
        if (start < 0)
            throw new FeedFormatException("The document is empty.");
        var markup = text.Memory[start..];
        if (markup.Span[0] is '{' or '[')
            return JsonFeedReader.Read(markup, feedUri, contentLanguage, warnings);
        if (markup.Span[0] != '<')
            throw new FeedFormatException("The document is neither XML nor JSON, so it is not a feed.");
        using var repaired = FeedMarkupRepairer.Repair(markup.Span, warnings);
        return XmlFeedReader.Read(repaired?.Memory ?? markup, feedUri, contentLanguage, warnings);
    }
}
