using System.Xml.Linq;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Resolves links against xml:base and the feed's own address.</summary>
internal static class FeedUris
{
    /// <summary>The new base after an xml:base (or other) reference; bases that are not web addresses are ignored.</summary>
    public static Uri? Combine(Uri? baseUri, string? reference)
    {
        if (baseUri is not null && !IsWeb(baseUri))
            baseUri = null;
        if (string.IsNullOrWhiteSpace(reference))
            return baseUri;
        var trimmed = reference.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsFileLikeRelative(absolute, trimmed))
            return IsWeb(absolute) ? absolute : baseUri;
        return baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var combined) ? combined : baseUri;
    }

    /// <summary>
    /// The absolute form of <paramref name="reference"/>, or the reference as written when it cannot be resolved.
    /// Script and data URIs are dropped: a feed link must never run code where it is shown.
    /// </summary>
    public static string? Resolve(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        if (baseUri is not null && !IsWeb(baseUri))
            baseUri = null;
        var trimmed = reference.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsFileLikeRelative(absolute, trimmed))
            return absolute.Scheme is "javascript" or "vbscript" or "data" ? null : trimmed;
        return baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var combined) ? combined.AbsoluteUri : trimmed;
    }

    private static bool IsWeb(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The base in effect for <paramref name="element"/>: xml:base attributes of its ancestors applied outermost first.</summary>
    public static Uri? BaseOf(XElement element, Uri? outerBase)
    {
        var bases = new List<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            if (current.Attribute(XNamespace.Xml + "base") is { } attribute)
                bases.Add(attribute.Value);
        }
        for (var i = bases.Count - 1; i >= 0; i--)
            outerBase = Combine(outerBase, bases[i]);
        return outerBase;
    }

    // On Unix "/path" parses as an absolute file URI; in a feed it is a path relative to the site.
    private static bool IsFileLikeRelative(Uri uri, string written) => uri.IsFile && written.StartsWith('/');
}
