using System.Globalization;
using System.Net;
using System.Text;

namespace NewsBot.Benchmarks.Engine;

/// <summary>An RSS 2.0 feed of one outlet, every item linking that outlet's article page on the loopback site.</summary>
internal static class GeneratedFeed
{
    public static byte[] Create(StoryPlan plan, Uri site, int feed)
    {
        var outlet = E(StoryPlan.Outlet(feed));
        var xml = new StringBuilder(1024 + plan.ItemsPerFeed * 600);
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>{outlet}</title><link>{site.AbsoluteUri}</link>
            <description>Local news from the {outlet}</description><language>en</language>

            """);
        for (var item = 0; item < plan.ItemsPerFeed; item++)
        {
            var story = plan.Story(feed, item);
            var news = NewsEvent.From(story.EventSeed);
            var link = new Uri(site, $"articles/{feed}/{item}.html").AbsoluteUri;
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{E(StoryText.Headline(news, story.Variant))}</title><link>{link}</link>
                <guid isPermaLink="true">{link}</guid><pubDate>{story.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>
                <description>{E(StoryText.Lead(news, story.Variant))}</description></item>

                """);
        }
        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
