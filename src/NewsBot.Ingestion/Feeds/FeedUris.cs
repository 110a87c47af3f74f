using System.Xml.Linq;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Resolves links against xml:base and the feed's own address.</summary>
internal static class FeedUris
{
    public static Uri? Combine(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return baseUri;
        if (Uri.TryCreate(reference.Trim(), UriKind.Absolute, out var absolute) && !IsFileLikeRelative(absolute, reference))
            return absolute;
        return baseUri is not null && Uri.TryCreate(baseUri, reference.Trim(), out var combined) ? combined : baseUri;
    }

    /// <summary>The absolute form of <paramref name="reference"/>, or the reference as written when it cannot be resolved.</summary>
    public static string? Resolve(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        var trimmed = reference.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsFileLikeRelative(absolute, trimmed))
            return trimmed;
        return baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var combined) ? combined.AbsoluteUri : trimmed;
    }

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
