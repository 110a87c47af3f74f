using System.Globalization;
using System.Security;
using System.Text;

namespace NewsBot.Testing.Sites;

/// <summary>Invented feeds and news sitemaps of every kind, for the loopback sites discovery is tested and measured on.</summary>
public static class FakeFeeds
{
    public static readonly DateTimeOffset Newest = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public static string Rss(string title, int items, Uri site)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{Escape(title)}</title><link>{site}</link>");
        for (var i = 0; i < items; i++)
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>{Escape(title)} story {i}</title><link>{new Uri(site, $"/story/{i}")}</link><guid>{new Uri(site, $"/story/{i}")}</guid><pubDate>{Newest.AddHours(-i):R}</pubDate></item>");
        return xml.Append("</channel></rss>").ToString();
    }

    public static string Atom(string title, int items, Uri site)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{Escape(title)}</title><id>{site}</id><updated>{Newest:O}</updated>");
        for (var i = 0; i < items; i++)
            xml.Append(CultureInfo.InvariantCulture, $"<entry><title>{Escape(title)} entry {i}</title><id>{site}entry/{i}</id><link href=\"{new Uri(site, $"/entry/{i}")}\"/><updated>{Newest.AddHours(-i):O}</updated></entry>");
        return xml.Append("</feed>").ToString();
    }

    public static string JsonFeed(string title, int items, Uri site)
    {
        var entries = Enumerable.Range(0, items).Select(i =>
            $"{{\"id\":\"{site}post/{i}\",\"url\":\"{new Uri(site, $"/post/{i}")}\",\"title\":\"{title} post {i}\",\"date_published\":\"{Newest.AddHours(-i):O}\",\"content_text\":\"Invented.\"}}");
        return $"{{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"{title}\",\"home_page_url\":\"{site}\",\"items\":[{string.Join(',', entries)}]}}";
    }

    public static string NewsSitemap(string publication, int entries, Uri site)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (var i = 0; i < entries; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<url><loc>{new Uri(site, $"/news/{i}")}</loc><news:news><news:publication><news:name>{Escape(publication)}</news:name><news:language>en</news:language></news:publication>");
            xml.Append(CultureInfo.InvariantCulture, $"<news:publication_date>{Newest.AddHours(-i):O}</news:publication_date><news:title>Report {i}</news:title></news:news></url>");
        }
        return xml.Append("</urlset>").ToString();
    }

    public static string SitemapIndex(IEnumerable<Uri> sitemaps) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + string.Concat(sitemaps.Select(s => $"<sitemap><loc>{s}</loc></sitemap>")) + "</sitemapindex>";

    /// <summary>A page whose head holds the given links (each a whole <c>&lt;link&gt;</c> or <c>&lt;meta&gt;</c>) and whose body the given anchors.</summary>
    public static string Page(string title, IEnumerable<string> head, IEnumerable<string>? body = null) =>
        $"<!doctype html><html><head><title>{Escape(title)}</title>{string.Concat(head)}</head><body><h1>{Escape(title)}</h1>{string.Concat(body ?? [])}<p>Invented page.</p></body></html>";

    public static string Alternate(string type, string href, string title) => $"<link rel=\"alternate\" type=\"{type}\" href=\"{href}\" title=\"{Escape(title)}\">";

    private static string Escape(string text) => SecurityElement.Escape(text);
}
