using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Sources;

/// <summary>The raw bytes of a feed or page, with what the transport said about them.</summary>
public sealed record LoadedDocument(SourceLocation Location, ResponseBody Content) : IDisposable
{
    public LoadedDocument(SourceLocation location, byte[] body)
        : this(location, ResponseBody.Of(body))
    {
    }

    /// <summary>The body as one array, made on first use; readers that can take <see cref="Content"/> avoid the copy.</summary>
    public byte[] Body => Content.ToArray();

    public string? MediaType { get; init; }
    public string? Charset { get; init; }
    public string? ContentLanguage { get; init; }

    public bool IsHtml =>
        MediaType is { } type
            ? type.Contains("html", StringComparison.OrdinalIgnoreCase)
            : Path.GetExtension(Location.Uri.AbsolutePath).ToUpperInvariant() is ".HTML" or ".HTM" or ".XHTML";

    /// <summary>Returns the body's pooled segments; read nothing from the document afterwards.</summary>
    public void Dispose() => Content.Dispose();
}
