using System.Buffers;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// A downloaded body kept as a chain of pooled 64 KB segments: a 4.9 MB page never needs one contiguous array on the
/// large-object heap, and the segments go back to the pool when the reader disposes the body. A body that is never
/// disposed is simply collected; only its segments' reuse is lost.
/// </summary>
public sealed class ResponseBody : IDisposable
{
    /// <summary>A power of two (an exact pool bucket) below the large-object threshold.</summary>
    internal const int SegmentBytes = 64 * 1024;

    private readonly List<byte[]> _segments = [];
    private readonly ArrayPool<byte>? _pool;
    private byte[]? _contiguous;

    private ResponseBody(ArrayPool<byte>? pool) => _pool = pool;

    public static ResponseBody Empty => Of([]);

    public long Length { get; private set; }

    /// <summary>The segments in order; the last is filled up to <see cref="Length"/>.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments
    {
        get
        {
            var left = Length;
            foreach (var segment in _segments)
            {
                var length = (int)Math.Min(_pool is null ? segment.Length : SegmentBytes, left);
                left -= length;
                yield return segment.AsMemory(0, length);
            }
        }
    }

    /// <summary>Wraps bytes already in memory (a file, a test), as one segment that is never returned to the pool.</summary>
    public static ResponseBody Of(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var body = new ResponseBody(pool: null) { Length = bytes.Length, _contiguous = bytes };
        body._segments.Add(bytes);
        return body;
    }

    /// <param name="pool">Where segments come from and go back to; the shared pool unless a test counts them.</param>
    internal static ResponseBody Pooled(ArrayPool<byte>? pool = null) => new(pool ?? ArrayPool<byte>.Shared);

    internal void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (Length == (long)_segments.Count * SegmentBytes)
                _segments.Add(_pool!.Rent(SegmentBytes));
            var used = (int)(Length % SegmentBytes);
            var take = Math.Min(bytes.Length, SegmentBytes - used);
            bytes[..take].CopyTo(_segments[^1].AsSpan(used));
            Length += take;
            bytes = bytes[take..];
        }
    }

    /// <summary>The first bytes, up to <paramref name="destination"/>'s length; how many were copied.</summary>
    public int CopyStart(Span<byte> destination)
    {
        var copied = 0;
        foreach (var segment in Segments)
        {
            if (copied == destination.Length)
                break;
            var take = Math.Min(segment.Length, destination.Length - copied);
            segment.Span[..take].CopyTo(destination[copied..]);
            copied += take;
        }
        return copied;
    }

    /// <summary>The whole body as one array, made once (callers that need a span, such as the feed parser).</summary>
    public byte[] ToArray()
    {
        if (_contiguous is not null)
            return _contiguous;
        var array = new byte[Length];
        var written = 0;
        foreach (var segment in Segments)
        {
            segment.Span.CopyTo(array.AsSpan(written));
            written += segment.Length;
        }
        return _contiguous = array;
    }

    /// <summary>Returns pooled segments; the body is empty afterwards. Wrapped bytes are left as they are.</summary>
    public void Dispose()
    {
        if (_pool is null)
            return;
        foreach (var segment in _segments)
            _pool.Return(segment);
        _segments.Clear();
        Length = 0;
    }
}
