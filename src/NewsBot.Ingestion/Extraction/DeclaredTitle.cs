using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>The page's title: the JSON-LD or meta tag title without the site's name, else the title tag, else the &lt;h1&gt;.</summary>
internal static class DeclaredTitle
{
    private const int MinimumHeadingChars = 8;

    private static readonly string[] TitleParts = [" | ", " - ", " – ", " — ", " · ", ": "];

    public static string? Read(IDocument document, JsonLdArticle ld, MetaTags meta, string? siteName, string? pageTitle)
    {
        var headings = DomWalker.DescendantElementsNamed(document, "h1").Take(2).ToList();
        var heading = headings.Count == 0 ? null : MetadataText.Clean(DomText.Of(headings[0], 500));
        var title = MetadataText.Clean(JsonLdTitle(ld, pageTitle) ?? meta.First("dc:title", "dc.title", "og:title", "twitter:title", "parsely-title")) is { } declared
            ? TitleCleaner.StripSiteName(declared, siteName)
            : pageTitle is not null ? TitleCleaner.Clean(pageTitle, siteName) : null;
        return title is null ? heading : headings.Count == 1 && heading is not null ? HeadingWithinTitle(title, heading) : title;
    }

    /// <summary>The document's title: an SVG's &lt;title&gt; is an icon's tooltip ("LinkedIn"), which pages without a head title show first.</summary>
    public static string? PageTitle(IDocument document) =>
        MetadataText.Clean(DomWalker.DescendantElementsNamed(document, "title").FirstOrDefault(e => e.NamespaceUri != NamespaceNames.SvgUri) is { } title
            ? ScriptText.Of(title)
            : null);

    /// <summary>
    /// The page's only &lt;h1&gt; when it is one whole part of the title ("Ridge Wallet - Royal Black",
    /// "Payment issues - how to delete…"): the heading is the page's own name for itself, without decorations.
    /// </summary>
    private static string HeadingWithinTitle(string title, string heading) =>
        heading.Length >= MinimumHeadingChars && heading.Length < title.Length
        && title.Split(TitleParts, StringSplitOptions.TrimEntries).Contains(heading, StringComparer.OrdinalIgnoreCase)
            ? heading
            : title;

    /// <summary>
    /// The JSON-LD headline, unless only "name" appears in the page title: encyclopedia pages put
    /// a tagline in "headline" and the title in "name".
    /// </summary>
    private static string? JsonLdTitle(JsonLdArticle ld, string? pageTitle)
    {
        if (ld.Headline is not null && ld.Name is not null && pageTitle is not null
            && !pageTitle.Contains(ld.Headline, StringComparison.OrdinalIgnoreCase)
            && pageTitle.StartsWith(ld.Name, StringComparison.OrdinalIgnoreCase))
        {
            return ld.Name;
        }

        return ld.Headline ?? ld.Name;
    }
}
