using System.Globalization;
using System.Net;
using System.Text;
using NewsBot.Benchmarks.Engine;

namespace NewsBot.Benchmarks.Soak;

/// <summary>An outlet's RSS feed at a moment of the simulated day: its newest items, newest first.</summary>
internal static class SoakFeed
{
    public static byte[] Create(SoakOutlets outlets, StoryPlan plan, Uri site, int feed, int latest, string encoding)
    {
        var outlet = E(StoryPlan.Outlet(feed));
        var xml = new StringBuilder(1024 + SoakOutlets.Listed * 600);
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="{encoding}"?>
            <rss version="2.0"><channel><title>{outlet}</title><link>{site.AbsoluteUri}</link><language>en</language>

            """);
        for (var item = latest; item >= 0 && item > latest - SoakOutlets.Listed; item--)
        {
            var story = plan.Story(feed, item);
            var news = NewsEvent.From(story.EventSeed);
            var link = new Uri(site, $"articles/{feed}/{item}.html").AbsoluteUri;
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{E(StoryText.Headline(news, story.Variant))}</title><link>{link}</link>
                <guid isPermaLink="true">{link}</guid><pubDate>{outlets.Published(feed, item).ToString("r", CultureInfo.InvariantCulture)}</pubDate>
                <description>{E(StoryText.Lead(news, story.Variant))}</description></item>

                """);
        }
        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
