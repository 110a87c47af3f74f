using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Http;

/// <summary>A downloaded body (already decompressed and within the size cap), or a 304.</summary>
public sealed record FetchedResource(Uri FinalUri, int StatusCode, byte[] Body)
{
    public bool NotModified => StatusCode == 304;
    public string? MediaType { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? ContentLanguage { get; init; }

    public string DecodeText() => CharsetDetector.Decode(Body, Charset);
}
