using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>Everything a page says that may name it, with the page facts the title model weighs them by.</summary>
internal sealed record TitleEvidence
{
    private const int MaxHeadingChars = 300;
    private const int CountedHeadings = 10;

    /// <summary>Anchor marks documentation generators append to headings ("Data Structures¶").</summary>
    private static readonly char[] HeadingMarks = ['¶', '#', '§', ' '];

    public string? Rule { get; init; }
    public string? PageTitle { get; init; }
    public string? OgTitle { get; init; }
    public string? TwitterTitle { get; init; }
    public string? JsonLdHeadline { get; init; }
    public string? JsonLdName { get; init; }
    public string? FirstHeading { get; init; }
    public string? LaterHeading { get; init; }

    /// <summary>Whether the page's first heading of any level is an &lt;h1&gt;.</summary>
    public bool HeadingOpensPage { get; init; }

    public int HeadingCount { get; init; }
    public PageType PageType { get; init; }
    public bool IsHomePage { get; init; }
    public required SiteIdentity Site { get; init; }
    public string MainText { get; init; } = "";

    public static TitleEvidence Read(IDocument document, MetaTags meta, JsonLdArticle ld, ArticleMetadata metadata, PageType pageType, string mainText, Uri? pageUri)
    {
        string? pageTitle = null;
        var headings = new List<string>(2);
        var headingCount = 0;
        var headingOpensPage = false;
        var sawHeading = false;
        foreach (var element in DomWalker.DescendantElements(document))
        {
            if (pageTitle is null && element.LocalName == "title" && element.NamespaceUri != NamespaceNames.SvgUri)
            {
                pageTitle = Clean(ScriptText.Of(element));
            }
            else if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                var isMain = element.LocalName == "h1";
                headingOpensPage |= !sawHeading && isMain;
                sawHeading = true;
                if (isMain && Clean(DomText.Of(element, MaxHeadingChars))?.TrimEnd(HeadingMarks) is { Length: > 0 } heading)
                {
                    headingCount++;
                    if (headings.Count < 2)
                    {
                        headings.Add(heading);
                    }
                    else if (headingCount >= CountedHeadings)
                    {
                        break;
                    }
                }
            }
        }

        return new TitleEvidence
        {
            Rule = metadata.Headline ?? metadata.Title,
            PageTitle = pageTitle,
            OgTitle = Clean(meta.First("og:title")),
            TwitterTitle = Clean(meta.First("twitter:title")),
            JsonLdHeadline = Clean(ld.Headline),
            JsonLdName = Clean(ld.Name),
            FirstHeading = headings.Count > 0 ? headings[0] : null,
            LaterHeading = headings.Count > 1 ? headings[1] : null,
            HeadingOpensPage = headingOpensPage,
            HeadingCount = headingCount,
            PageType = pageType,
            IsHomePage = pageUri is { IsAbsoluteUri: true } page && page.AbsolutePath is "/" or "",
            Site = new SiteIdentity(metadata.SiteName, Clean(ld.PublisherName), pageUri),
            MainText = mainText,
        };
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var decoded = value.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(value) : value;
        return Whitespace.Collapse(decoded);
    }
}
