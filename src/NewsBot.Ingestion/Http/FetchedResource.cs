using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Http;

/// <summary>A downloaded body (already decompressed and within the size cap), or a 304.</summary>
public sealed record FetchedResource(Uri FinalUri, int StatusCode, ResponseBody Content) : IDisposable
{
    public FetchedResource(Uri finalUri, int statusCode, byte[] body)
        : this(finalUri, statusCode, ResponseBody.Of(body))
    {
    }

    /// <summary>The body as one array, made on first use; readers that can take <see cref="Content"/> avoid the copy.</summary>
    public byte[] Body => Content.ToArray();

    public bool NotModified => StatusCode == 304;
    public string? MediaType { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? ContentLanguage { get; init; }

    public string DecodeText() => CharsetDetector.Decode(Body, Charset);

    /// <summary>Returns the body's pooled segments; read nothing from the resource afterwards.</summary>
    public void Dispose() => Content.Dispose();
}
