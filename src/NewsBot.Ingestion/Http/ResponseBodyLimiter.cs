using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// Buffers successful bodies inside each attempt (so the attempt timeout covers the body too) and stops at the
/// decompressed-size cap: early on a declared Content-Length, otherwise by counting, which also stops gzip bombs.
/// </summary>
internal sealed class ResponseBodyLimiter(IOptions<FetchingOptions> options) : DelegatingHandler
{
    private const int ChunkSize = ResponseBody.SegmentBytes;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return response;
        try
        {
            var original = response.Content;
            response.Content = await BufferAsync(request.RequestUri!, original, options.Value.MaxResponseBytes, cancellationToken);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<HttpContent> BufferAsync(Uri uri, HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit)
            throw TooLarge(uri, limit);
        var body = ResponseBody.Pooled();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                    throw TooLarge(uri, limit);
                body.Append(chunk.AsSpan(0, read));
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        var buffered = new BufferedBody(body);
        foreach (var header in content.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return buffered;
    }

    private static FetchException TooLarge(Uri uri, long limit) => new(uri, FetchFailure.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"{uri}: the response is larger than the {limit:N0}-byte limit; refused"));
}
