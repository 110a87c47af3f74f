using System.Net;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// A body already read into memory by <see cref="ResponseBodyLimiter"/>, handed to <see cref="WebFetcher"/> as the
/// same array: <c>ReadAsByteArrayAsync</c> would copy it twice more, and a 4.9 MB page costs each copy on the large-object heap.
/// </summary>
internal sealed class BufferedBody(byte[] bytes) : HttpContent
{
    public byte[] Bytes { get; } = bytes;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Bytes, 0, Bytes.Length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Bytes, cancellationToken).AsTask();

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new MemoryStream(Bytes, writable: false);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(default));

    protected override bool TryComputeLength(out long length)
    {
        length = Bytes.Length;
        return true;
    }
}
