using System.Text;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Text;

public sealed class BodyDecoderTests
{
    private const string Sentence = "Kaffé in Brøndvik costs 5 €, says the Fernhill café 😀 owner. ";

    [Fact]
    public void Decode_CharactersStraddlingSegments_SameAsTheWholeDecodedText()
    {
        var text = "x" + string.Concat(Enumerable.Repeat(Sentence, 3_000));
        var whole = Encoding.UTF8.GetBytes(text);

        using var chars = BodyDecoder.Decode(Segmented(whole), "utf-8", maxChars: 1_000_000, new CountingArrayPool<char>());

        Assert.True(whole.Length > 2 * ResponseBody.SegmentBytes, "the body must span several segments");
        Assert.Equal(CharsetDetector.Decode(whole, "utf-8"), new string(chars.Span));
    }

    [Fact]
    public void Decode_TextLongerThanTheCap_KeepsExactlyTheCapFromTheStart()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence, 5_000));
        var pool = new CountingArrayPool<char>();

        using var chars = BodyDecoder.Decode(Segmented(Encoding.UTF8.GetBytes(text)), "utf-8", maxChars: 100_001, pool);

        Assert.Equal(text[..100_001], new string(chars.Span));
        // Decoding stops at the cap: the buffer asked for is the cap and two spare characters, not the whole text.
        Assert.Equal(100_003, Assert.Single(pool.Rented).Length);
    }

    [Fact]
    public void Decode_Disposed_GivesTheBufferBackToItsPool()
    {
        var pool = new CountingArrayPool<char>();

        BodyDecoder.Decode(ResponseBody.Of("<p>Larkspur</p>"u8.ToArray()), null, maxChars: 100, pool).Dispose();

        Assert.Equal(pool.Rented, pool.Returned);
    }

    [Fact]
    public void Decode_Utf7Declared_ReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Café +AGEAYgBj-</p>");

        using var chars = BodyDecoder.Decode(ResponseBody.Of(bytes), "utf-7", maxChars: 100, new CountingArrayPool<char>());

        Assert.Equal("<p>Café +AGEAYgBj-</p>", new string(chars.Span));
    }

    [Fact]
    public void Decode_MetaDeclaredWindows1252WithByteOrderMarkAbsent_UsesTheMetaCharset()
    {
        var bytes = CharsetDetector.Lookup("windows-1252")!.GetBytes("<meta charset=\"windows-1252\"><p>Caf\u00e9 \u20ac</p>");

        using var chars = BodyDecoder.Decode(ResponseBody.Of(bytes), null, maxChars: 100, new CountingArrayPool<char>());

        Assert.Equal("<meta charset=\"windows-1252\"><p>Café €</p>", new string(chars.Span));
    }

    [Fact]
    public void Decode_ByteOrderMark_SkippedAndFollowed()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Brøndvik</p>")];

        using var chars = BodyDecoder.Decode(ResponseBody.Of(bytes), "windows-1252", maxChars: 100, new CountingArrayPool<char>());

        Assert.Equal("<p>Brøndvik</p>", new string(chars.Span));
    }

    [Fact]
    public void Decode_InvalidBytesAcrossASegmentEnd_ReplacedAsTheWholeDecodeWould()
    {
        byte[] whole = [.. Enumerable.Repeat((byte)'a', ResponseBody.SegmentBytes - 1), 0xE2, 0x82, 0x28, 0xC3, (byte)'b'];

        using var chars = BodyDecoder.Decode(Segmented(whole), "utf-8", maxChars: 1_000_000, new CountingArrayPool<char>());

        Assert.Equal(CharsetDetector.Decode(whole, "utf-8"), new string(chars.Span));
    }

    private static ResponseBody Segmented(byte[] bytes)
    {
        var body = ResponseBody.Pooled(new CountingArrayPool<byte>());
        body.Append(bytes);
        return body;
    }
}
