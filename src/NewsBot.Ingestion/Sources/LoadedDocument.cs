namespace NewsBot.Ingestion.Sources;

/// <summary>The raw bytes of a feed or page, with what the transport said about them.</summary>
public sealed record LoadedDocument(SourceLocation Location, byte[] Body)
{
    public string? MediaType { get; init; }
    public string? Charset { get; init; }
    public string? ContentLanguage { get; init; }

    public bool IsHtml =>
        MediaType is { } type
            ? type.Contains("html", StringComparison.OrdinalIgnoreCase)
            : Path.GetExtension(Location.Uri.AbsolutePath).ToUpperInvariant() is ".HTML" or ".HTM" or ".XHTML";
}
