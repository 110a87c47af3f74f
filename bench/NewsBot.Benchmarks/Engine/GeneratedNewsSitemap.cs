using System.Globalization;
using System.Net;
using System.Text;

namespace NewsBot.Benchmarks.Engine;

/// <summary>The same outlet's items as <see cref="GeneratedFeed"/>, written as a Google News sitemap.</summary>
internal static class GeneratedNewsSitemap
{
    public static byte[] Create(StoryPlan plan, Uri site, int feed)
    {
        var outlet = WebUtility.HtmlEncode(StoryPlan.Outlet(feed));
        var xml = new StringBuilder(512 + plan.ItemsPerFeed * 500).Append("""
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">

            """);
        for (var item = 0; item < plan.ItemsPerFeed; item++)
        {
            var story = plan.Story(feed, item);
            var headline = WebUtility.HtmlEncode(StoryText.Headline(NewsEvent.From(story.EventSeed), story.Variant));
            xml.Append(CultureInfo.InvariantCulture, $"""
                <url><loc>{new Uri(site, $"articles/{feed}/{item}.html").AbsoluteUri}</loc><news:news>
                <news:publication><news:name>{outlet}</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>{story.Published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}</news:publication_date>
                <news:title>{headline}</news:title></news:news></url>

                """);
        }
        return Encoding.UTF8.GetBytes(xml.Append("</urlset>").ToString());
    }
}
