using System.Text;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// A feed's bytes, either one span or a fetched body's pooled segments: the decoder reads either without first
/// copying a segmented body into one array (which, for a feed over 85 KB, would be a large-object-heap array a poll).
/// </summary>
internal readonly ref struct FeedBytes
{
    private readonly ReadOnlySpan<byte> _span;
    private readonly ResponseBody? _body;

    public FeedBytes(ReadOnlySpan<byte> span) => _span = span;

    public FeedBytes(ResponseBody body) => _body = body;

    public long Length => _body?.Length ?? _span.Length;

    /// <summary>The first bytes, up to <paramref name="destination"/>'s length; how many were copied.</summary>
    public int CopyStart(Span<byte> destination)
    {
        if (_body is not null)
            return _body.CopyStart(destination);
        var length = Math.Min(_span.Length, destination.Length);
        _span[..length].CopyTo(destination);
        return length;
    }

    /// <summary>
    /// Decodes everything after the first <paramref name="skip"/> bytes into <paramref name="destination"/> (at least
    /// the encoding's maximum character count of <see cref="Length"/>); the encoding's fallback decides what an invalid
    /// byte does, as for one span.
    /// </summary>
    public int GetChars(Encoding encoding, int skip, Span<char> destination)
    {
        if (_body is null)
            return encoding.GetChars(_span[skip..], destination);
        var decoder = encoding.GetDecoder();
        var written = 0;
        var segments = _body.Segments.ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            var bytes = segments[i].Span[Math.Min(skip, segments[i].Length)..];
            skip -= segments[i].Length - bytes.Length;
            written += decoder.GetChars(bytes, destination[written..], flush: i == segments.Count - 1);
        }
        return written;
    }
}
