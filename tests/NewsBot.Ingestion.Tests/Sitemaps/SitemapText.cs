using System.Globalization;
using System.Text;

namespace NewsBot.Ingestion.Tests.Sitemaps;

/// <summary>Invented sitemaps of an invented outlet, the Daily Lantern.</summary>
internal static class SitemapText
{
    public const string Head = """<?xml version="1.0" encoding="UTF-8"?>""";

    public static string NewsEntry(string loc, string title, DateTimeOffset published, string language = "en", string? keywords = null) => $"""
        <url><loc>{loc}</loc>
          <news:news>
            <news:publication><news:name>The Daily Lantern</news:name><news:language>{language}</news:language></news:publication>
            <news:publication_date>{published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}</news:publication_date>
            <news:title>{title}</news:title>
            {(keywords is null ? "" : $"<news:keywords>{keywords}</news:keywords>")}
          </news:news>
        </url>
        """;

    public static string UrlSet(params string[] entries) =>
        Head + """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">"""
        + string.Concat(entries) + "</urlset>";

    public static string Index(IEnumerable<(string Loc, DateTimeOffset? LastModified)> children)
    {
        var text = new StringBuilder(Head).Append("""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">""");
        foreach (var (loc, lastModified) in children)
        {
            text.Append("<sitemap><loc>").Append(loc).Append("</loc>");
            if (lastModified is { } date)
                text.Append("<lastmod>").Append(date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append("</lastmod>");
            text.Append("</sitemap>");
        }
        return text.Append("</sitemapindex>").ToString();
    }
}
