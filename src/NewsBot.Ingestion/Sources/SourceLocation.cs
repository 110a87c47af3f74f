namespace NewsBot.Ingestion.Sources;

/// <summary>Where a feed or article comes from: an http(s) URL or a local file.</summary>
public sealed record SourceLocation
{
    private SourceLocation(Uri uri) => Uri = uri;

    /// <summary>Absolute http(s) or file URI.</summary>
    public Uri Uri { get; }

    public bool IsFile => Uri.IsFile;

    public string Display => IsFile ? Uri.LocalPath : Uri.AbsoluteUri;

    /// <summary>Reads what a user typed: something with a scheme must be an http(s) URL, anything else is a file path.</summary>
    /// <exception cref="SourceException">A malformed URL or an unsupported scheme.</exception>
    public static SourceLocation Parse(string pathOrUrl, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        var text = pathOrUrl.Trim();
        if (text.Length == 0)
            throw new SourceException(pathOrUrl, "empty path or URL");
        if (LooksLikeUrl(text))
            return FromUri(text);
        var fullPath = Path.GetFullPath(text, baseDirectory ?? Environment.CurrentDirectory);
        return new SourceLocation(new Uri(fullPath));
    }

    /// <summary>A link found inside a document: resolved against it; only http(s), or files when the document itself was a file.</summary>
    public static SourceLocation? FromLink(string? link, SourceLocation container)
    {
        ArgumentNullException.ThrowIfNull(container);
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(container.Uri, link.Trim(), out var uri))
            return null;
        if (uri.Scheme is "http" or "https")
            return new SourceLocation(uri);
        // A remote feed must never make us read a local file.
        return uri.IsFile && container.IsFile ? new SourceLocation(uri) : null;
    }

    public override string ToString() => Display;

    private static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    private static SourceLocation FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) && !uri.IsFile)
            throw new SourceException(text, "not a valid URL");
        if (uri.Scheme is not ("http" or "https"))
            throw new SourceException(text, $"unsupported scheme '{uri.Scheme}'; only http and https URLs are fetched");
        return new SourceLocation(uri);
    }
}
