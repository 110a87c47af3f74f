using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The headline as readers see it: the page's first &lt;h1&gt; when it names what the title tags name, else the title's
/// first part; without a pipe suffix, and with a headline that is only the site's name replaced.
/// </summary>
internal static class DeclaredHeadline
{
    private const int MaxHeadingChars = 300;
    private const double MinimumHeadingWordsInTags = 0.5;
    private const double MinimumTitleWordsInHeading = 0.3;

    private static readonly string[] HeadlineSeparators = [" | ", " • ", " — ", " – ", " - ", " / ", " · ", " :: ", " » "];

    /// <summary>Anchor marks documentation generators append to headings ("Data Structures¶").</summary>
    private static readonly char[] HeadingMarks = ['¶', '#', '§', ' '];

    public static string? Read(IDocument document, JsonLdArticle ld, MetaTags meta, string? title, string? pageTitle, SiteIdentity site) =>
        SiteNamedHeadline.Replace(
            WithoutPipeSuffix(Choose(document, ld, meta, title, pageTitle, site)), pageTitle ?? MetadataText.Clean(meta.First("og:title")), site);

    /// <summary>
    /// The page's first &lt;h1&gt;, its headline as readers see it, when it names the same thing as the title tags
    /// (most of its words are in them, and it holds a fair part of the title's): a logo or a section name is no headline.
    /// </summary>
    private static string? Choose(IDocument document, JsonLdArticle ld, MetaTags meta, string? title, string? pageTitle, SiteIdentity site)
    {
        var heading = DomWalker.DescendantElementsNamed(document, "h1")
            .Select(h => MetadataText.Clean(DomText.Of(h, MaxHeadingChars))?.TrimEnd(HeadingMarks)).FirstOrDefault(h => !string.IsNullOrEmpty(h));
        if (title is null)
        {
            return heading;
        }

        if (heading is null || heading.Length >= MaxHeadingChars)
        {
            return TitleHead(title);
        }

        if (SiteOnlyTitle.NamesOnlyTheSite(pageTitle, site))
        {
            return heading;
        }

        var headingWords = WordOverlap.Set(heading);
        var tagWords = WordOverlap.Set(ld.Headline, meta.First("og:title"), pageTitle);
        var titleWords = WordOverlap.Set(title);
        return WordOverlap.CountIn(headingWords, tagWords) >= headingWords.Count * MinimumHeadingWordsInTags
            && WordOverlap.CountIn(titleWords, headingWords) >= titleWords.Count * MinimumTitleWordsInHeading
                ? heading
                : TitleHead(title);
    }

    /// <summary>
    /// A headline's part before " | ": headlines never hold a pipe of their own, pages that set their title tag as the
    /// heading bring its suffix ("Best Movers in 2025 | Top 19 Companies", "Tide tables | Wrenfield Observer").
    /// </summary>
    private static string? WithoutPipeSuffix(string? headline) =>
        headline is { } whole && whole.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var cut ? whole[..cut].TrimEnd() : headline;

    /// <summary>
    /// Without a heading that names the page, the title's first part: shop and service pages append a slogan or
    /// their own name after a separator ("Stripe Payments | Global Payment Processing Platform"). Null when there is none.
    /// </summary>
    private static string? TitleHead(string title)
    {
        var cut = HeadlineSeparators.Select(s => title.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return cut > 0 ? title[..cut].Trim() : null;
    }
}
