using System.Globalization;
using System.Text;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>An invented RSS 2.0 feed of a given number of items (about 2 KB each), the same every run.</summary>
internal static class GeneratedRssFeed
{
    private static readonly string[] Words =
    [
        "harbour", "council", "ferry", "market", "weather", "bridge", "school", "library", "festival", "river",
        "budget", "election", "hospital", "railway", "museum", "storm", "harvest", "concert", "lighthouse", "village",
    ];

    public static byte[] Create(int itemCount)
    {
        var random = new Random(20261128);
        var xml = new StringBuilder();
        xml.Append("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Benchmark Bay Chronicle</title><link>https://bay-chronicle.example/</link>
            <description>Invented news for benchmarks</description><language>en</language>

            """);
        var start = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < itemCount; i++)
        {
            var published = start.AddMinutes(-37 * i).ToString("r", CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{Sentence(random, 8)}</title><link>https://bay-chronicle.example/news/{i}</link>
                <guid isPermaLink="false">bay-chronicle-{i}</guid><pubDate>{published}</pubDate>
                <dc:creator>Reporter {i % 17}</dc:creator><category>{Words[i % Words.Length]}</category>
                <description>{Sentence(random, 40)} &amp; more.</description>
                <content:encoded><![CDATA[<p>{Sentence(random, 120)}</p><p>{Sentence(random, 80)}</p>]]></content:encoded></item>

                """);
        }
        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
            text.Append(i == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        return text.ToString();
    }
}
