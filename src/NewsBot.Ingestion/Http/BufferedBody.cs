using System.Net;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// A body already read into pooled segments by <see cref="ResponseBodyLimiter"/>, handed to <see cref="WebFetcher"/> as
/// the same <see cref="ResponseBody"/>: <c>ReadAsByteArrayAsync</c> would copy it into one array on the large-object heap.
/// Disposing the content leaves the segments alone: the fetched resource owns them from then on.
/// </summary>
internal sealed class BufferedBody(ResponseBody body) : HttpContent
{
    public ResponseBody Body { get; } = body;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var segment in Body.Segments)
            await stream.WriteAsync(segment, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Body.Length;
        return true;
    }
}
