using System.Text;
using System.Text.Json;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>A fetched feed parsed where it lies, in its pooled 64 KB segments, against the same bytes in one array.</summary>
public sealed class FeedParserBodyTests
{
    private static readonly Uri FeedUri = new("https://invented-gazette.example/feed.xml");
    private readonly FeedParser parser = new();

    [Fact]
    public void Parse_BodyWithCharactersAcrossSegments_SameFeedAsFromTheBytes()
    {
        // Three-byte and four-byte characters at every offset, so some straddle each 64 KB boundary.
        var bytes = Encoding.UTF8.GetBytes(Rss(items: 400, title: i => $"Régions € {i}: 🦉 council vote", "Ünïcödé text ✓", padding: 0));

        AssertSameFeed(bytes, headerCharset: null);
    }

    [Fact]
    public void Parse_BodyDeclaredUtf8ButWindows1252_FallsBackAsFromTheBytes()
    {
        // Only the last item is not ASCII: the strict decoder fails in the body's last segment, not its first.
        var xml = Rss(items: 1_500, title: i => i == 0 ? "Caf\u00e9 0 \u2013 the mayor\u2019s reply" : $"Harbour {i}", "Plain text", padding: 0);
        var bytes = CodePages.Windows1252.GetBytes(xml);

        var feed = AssertSameFeed(bytes, headerCharset: "utf-8");

        Assert.Contains(feed.Warnings, w => w.Contains("windows-1252", StringComparison.Ordinal));
        Assert.Equal("Café 0 – the mayor’s reply", feed.Items[^1].Title);
    }

    [Fact]
    public void Parse_Utf16BodyWithByteOrderMark_SameFeedAsFromTheBytes()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble()
            .Concat(Encoding.Unicode.GetBytes(Rss(items: 300, title: i => $"🦉 Owl census {i}", "Ünïcödé text ✓", padding: 0).Replace("utf-8", "utf-16", StringComparison.Ordinal)))
            .ToArray();

        var feed = AssertSameFeed(bytes, headerCharset: null);

        Assert.Equal("🦉 Owl census 0", feed.Items[^1].Title);
    }

    [Fact]
    public void Parse_LargeBody_AllocatesFarLessThanTheBody()
    {
        // A megabyte of padding and ten items: the old path copied the whole body into one large-object array a poll.
        var bytes = Encoding.UTF8.GetBytes(Rss(items: 10, title: i => $"Harbour works {i}", "Plain text", padding: 1_000_000));
        using var body = Segmented(bytes);
        _ = parser.Parse(body, FeedUri, null, null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var feed = parser.Parse(body, FeedUri, null, null);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(10, feed.Items.Count);
        Assert.True(allocated < bytes.Length / 4, $"parsing a {bytes.Length:N0}-byte body allocated {allocated:N0} bytes");
    }

    private Feed AssertSameFeed(byte[] bytes, string? headerCharset)
    {
        using var body = Segmented(bytes);
        Assert.True(body.Segments.Count() > 1, "the body must span several segments");

        var expected = parser.Parse(bytes, FeedUri, headerCharset, null);
        var actual = parser.Parse(body, FeedUri, headerCharset, null);

        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        return actual;
    }

    private static ResponseBody Segmented(byte[] bytes)
    {
        var body = ResponseBody.Pooled();
        foreach (var chunk in bytes.Chunk(10_000))
            body.Append(chunk);
        return body;
    }

    private static string Rss(int items, Func<int, string> title, string description, int padding)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Invented Gazette</title>""");
        xml.Append("<!--").Append('x', padding).Append("-->");
        for (var i = items - 1; i >= 0; i--)
        {
            xml.Append("<item><title>").Append(title(i)).Append("</title><link>https://invented-gazette.example/")
                .Append(i).Append("</link><description>").Append(description).Append(" about item ").Append(i).Append("</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }
}
