using System.Text;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Turns feed bytes into text. Order of trust: byte-order mark, HTTP charset, XML declaration, UTF-8.
/// A body that is not valid in the chosen encoding is re-read as UTF-8, then as windows-1252, the usual truths behind such lies.
/// </summary>
internal static class FeedTextDecoder
{
    private static readonly Encoding Windows1252 = CharsetDetector.Lookup("windows-1252")!;

    /// <summary>The decoded text, byte-order mark excluded, in a pooled buffer the caller disposes.</summary>
    public static PooledChars Decode(FeedBytes body, string? headerCharset, ICollection<string> warnings)
    {
        // Everything the charset is chosen by (byte-order mark, UTF-16/32 without one, XML declaration) is in the first bytes.
        Span<byte> head = stackalloc byte[CharsetDetector.SniffBytes];
        head = head[..body.CopyStart(head)];
        if (CharsetDetector.FromByteOrderMark(head) is { } bom)
            return Lenient(bom, body, bom.Preamble.Length);
        if (UnicodeWithoutBom(head) is { } unicode)
            return Lenient(unicode, body, 0);
        var declared = CharsetDetector.XmlDeclaredCharset(head);
        var chosen = CharsetDetector.Lookup(headerCharset) ?? CharsetDetector.Lookup(declared);
        if (chosen is null && (headerCharset ?? declared) is { } unknown)
            warnings.Add($"Unknown charset '{unknown}'; read as UTF-8.");
        var encoding = chosen ?? Encoding.UTF8;
        if (TryDecode(encoding, body) is { } text)
            return text;
        // A feed declared as ASCII or Latin-1 whose bytes are valid UTF-8 was written as UTF-8.
        if (encoding is not UTF8Encoding && TryDecode(Encoding.UTF8, body) is { } utf8)
        {
            warnings.Add($"Bytes are not valid {encoding.WebName}; read as UTF-8.");
            return utf8;
        }
        warnings.Add($"Bytes are not valid {encoding.WebName}; read as windows-1252.");
        return Lenient(Windows1252, body, 0);
    }

    private static PooledChars? TryDecode(Encoding encoding, FeedBytes body)
    {
        var chars = new PooledChars(encoding.GetMaxCharCount(checked((int)body.Length)));
        try
        {
            chars.Length = body.GetChars(Strict(encoding), 0, chars.Free);
            return chars;
        }
        catch (DecoderFallbackException)
        {
            chars.Dispose();
            return null;
        }
    }

    private static PooledChars Lenient(Encoding encoding, FeedBytes body, int skip)
    {
        var chars = new PooledChars(encoding.GetMaxCharCount(checked((int)body.Length - skip)));
        chars.Length = body.GetChars(encoding, skip, chars.Free);
        return chars;
    }

    private static Encoding Strict(Encoding encoding) =>
        encoding is UTF8Encoding ? new UTF8Encoding(false, true)
        : (Encoding)Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static Encoding? UnicodeWithoutBom(ReadOnlySpan<byte> body) => body switch
    {
        [0x00, 0x00, 0x00, (byte)'<', ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        [(byte)'<', 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
        [0x00, (byte)'<', 0x00, (byte)'?', ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        [(byte)'<', 0x00, (byte)'?', 0x00, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        _ => null,
    };
}
