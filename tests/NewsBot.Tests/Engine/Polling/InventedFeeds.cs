using System.Globalization;
using System.Security;
using System.Text;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>Feeds and article pages of invented outlets, written inline so each test shows what it serves.</summary>
internal static class InventedFeeds
{
    public const string GazetteTitle = "The Brindlemoor Gazette";

    public static string Rss(params FeedItemSpec[] items) => Rss(GazetteTitle, items);

    public static string Rss(string title, params FeedItemSpec[] items)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>")
           .Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title>")
           .Append("<link>https://gazette.example/</link><language>en-gb</language>");
        foreach (var item in items)
        {
            xml.Append("<item>")
               .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">{SecurityElement.Escape(item.Guid)}</guid>")
               .Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(item.Title)}</title>")
               .Append(CultureInfo.InvariantCulture, $"<link>{SecurityElement.Escape(item.Link)}</link>");
            if (item.Published is { } published)
                xml.Append(CultureInfo.InvariantCulture, $"<pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>");
            xml.Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(item.Summary)}</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    /// <summary>A story page whose quotes are attributed in the usual newspaper way.</summary>
    public static string ArticlePage(string headline, string speaker, string role, string quote, string? canonical = null) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{headline} | Brindlemoor Gazette</title>
          <meta property="og:site_name" content="Brindlemoor Gazette">
          {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}
        </head>
        <body>
          <article>
            <h1>{headline}</h1>
            <p>The town council of Brindlemoor met on Thursday evening to settle a question that has divided the valley for
               most of a decade, and the public gallery was full long before the first item on the agenda was read out.</p>
            <p>{speaker}, {role}, spoke first. “{quote},” {LastName(speaker)} said. “Nobody in this room should expect the
               work to be quick, but it will be done properly and it will be done in the open.”</p>
            <p>Several residents said afterwards that they would follow the plans closely, and the council promised to publish
               every contract on its website before the end of the month so that anyone could read them.</p>
          </article>
        </body>
        </html>
        """;

    private static string LastName(string speaker) => speaker.Split(' ')[^1];
}
