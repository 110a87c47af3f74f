using System.Buffers;
using System.Text;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Decodes a <see cref="ResponseBody"/> segment by segment into a pooled character buffer, as
/// <see cref="CharsetDetector.Decode"/> would, and stops at a character cap: no string of the whole page, nothing
/// decoded that the cap would cut off. The characters equal the first <c>maxChars</c> of the whole decoded text.
/// </summary>
internal static class BodyDecoder
{
    /// <summary>
    /// Page text comes from a pool of its own, shared by no other code and holding few arrays per size: extraction runs
    /// a few pages at a time (<see cref="Articles.ExtractionBudget"/>), and the shared pool would keep a multi-megabyte
    /// array for every thread that ever read a large page.
    /// </summary>
    internal static readonly ArrayPool<char> PagePool = ArrayPool<char>.Create(maxArrayLength: 4 * 1024 * 1024, maxArraysPerBucket: 4);

    public static PooledChars Decode(ResponseBody body, string? headerCharset, int maxChars, ArrayPool<char> pool)
    {
        ArgumentNullException.ThrowIfNull(body);
        Span<byte> head = stackalloc byte[CharsetDetector.SniffBytes];
        head = head[..body.CopyStart(head)];
        var encoding = CharsetDetector.Detect(head, headerCharset);
        var skip = encoding.Preamble.Length > 0 && head.StartsWith(encoding.Preamble) ? encoding.Preamble.Length : 0;
        // Two spare characters: a surrogate pair straddling the cap is still decoded, then cut where a string cut would.
        var most = encoding.GetMaxCharCount((int)Math.Min(body.Length, int.MaxValue / 4));
        var target = (int)Math.Min(most, maxChars + 2L);
        var chars = new PooledChars(target, pool);
        try
        {
            DecodeInto(chars, target, body, encoding.GetDecoder(), skip);
            chars.Length = Math.Min(chars.Length, maxChars);
            return chars;
        }
        catch
        {
            chars.Dispose();
            throw;
        }
    }

    private static void DecodeInto(PooledChars chars, int target, ResponseBody body, Decoder decoder, int skip)
    {
        var segments = body.Segments.ToList();
        for (var i = 0; i < segments.Count && target - chars.Length >= 2; i++)
        {
            var bytes = segments[i].Span[Math.Min(skip, segments[i].Length)..];
            skip -= segments[i].Length - bytes.Length;
            var last = i == segments.Count - 1;
            while (target - chars.Length >= 2 && (!bytes.IsEmpty || last))
            {
                decoder.Convert(bytes, chars.Free[..(target - chars.Length)], flush: last, out var bytesUsed, out var charsUsed, out var completed);
                chars.Length += charsUsed;
                bytes = bytes[bytesUsed..];
                if (completed || (bytesUsed == 0 && charsUsed == 0))
                    break;
            }
        }
    }
}
