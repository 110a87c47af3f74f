using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Rules out the rails of links that a heading from a lexicon announces ("Related searches", "You may also like",
/// "Customers also bought", "Recently viewed"): shops, threads and listings end with them, and no class name marks
/// them. Only a link-dense rail goes; a section under such a heading that is prose ("Recommended care") stays.
/// </summary>
internal static class RecommendationRails
{
    /// <summary>A rail is mostly link text (item names and prices in cards that are links).</summary>
    private const double MinimumLinkShare = 0.5;

    /// <summary>A wrapper holding more than this share of the page is the content column, not a rail.</summary>
    private const double MaximumPageShare = 0.3;

    private const int MaxHeadingWords = 8;

    /// <summary>A header row holds the heading and a "View all" link: climb past it to the rail.</summary>
    private const int HeaderRowExtraChars = 40;

    /// <summary>
    /// Lower-case openings of the headings that announce a rail. News sites' teaser rails ("Mehr zum Thema", "Lesen Sie
    /// auch", "À lire aussi") are here; "more news", "top stories", "most read" and "latest …" are not: on a front
    /// page or a section's hub they head the items the page lists.
    /// </summary>
    private static readonly string[] Openings =
    [
        "related", "similar", "recommended", "you may also", "you might also", "you may like", "you might like",
        "customers also", "customers who", "people also", "frequently bought", "recently viewed", "more from",
        "more like this", "trending", "popular", "other related", "check out other", "complete the look",
        "more topics", "suggested topics", "more threads", "other threads", "more discussions", "you might be interested",
        "people who viewed", "people who bought", "shoppers also", "inspired by your", "based on your", "top posters",
        "most popular posts",
        "ähnliche", "das könnte", "verwandte", "kunden kauften", "vous aimerez", "vous pourriez", "produits similaires",
        "articles similaires", "también te", "te puede", "productos relacionados", "productos similares",
        "mehr zum thema", "mehr aus", "mehr news", "mehr nachrichten", "lesen sie auch", "auch interessant",
        "das interessiert", "diese artikel", "weitere artikel", "weitere nachrichten", "weitere themen", "weitere news",
        "weitere beiträge", "beliebte artikel", "beliebteste", "meistgelesen", "meist gelesen", "empfehlungen",
        "passend zum thema", "dazu passend", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus",
        "dans la même rubrique", "à voir aussi", "lo más leído", "lo más visto", "noticias relacionadas", "te recomendamos",
        "read next", "more stories", "more on this", "editor's picks", "editors' picks", "what to read next",
        "you may have missed", "don't miss",
    ];

    /// <summary>A label that is no heading element announces a rail in this many characters or fewer.</summary>
    private const int MaxLabelChars = 80;

    /// <param name="stats">The body's measures with nothing excluded.</param>
    /// <param name="plainLabels">
    /// Also a short label in a plain box: shops announce their rails in styled divs and spans ("Similar items").
    /// </param>
    public static void Exclude(IElement body, ExcludedNodes excluded, DocumentStats stats, bool plainLabels = false)
    {
        var pageText = Math.Max(1, stats.For(body).TextLength);
        var headings = excluded.WalkElements(body).Where(e => MayAnnounce(e, stats, plainLabels)).ToList();
        foreach (var heading in headings)
        {
            if (AnnouncesRail(heading.TextContent) && Rail(heading, body, stats, pageText) is { } rail)
            {
                excluded.Add(rail);
            }
        }
    }

    private static bool MayAnnounce(IElement element, DocumentStats stats, bool plainLabels) =>
        (HtmlTags.Headings.Contains(element.LocalName) && element.LocalName != "h1")
        || (plainLabels && element.LocalName is "div" or "span" or "p" or "strong" or "b" && element.ChildElementCount <= 1
            && stats.For(element).TextLength is > 0 and <= MaxLabelChars);

    /// <summary>True for a short heading that opens with one of the rail lexicon's openings.</summary>
    internal static bool AnnouncesRail(string heading)
    {
        var text = heading.Trim().ToLowerInvariant();
        return text.Length > 0 && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
            && Openings.Any(opening => text.StartsWith(opening, StringComparison.Ordinal));
    }

    /// <summary>
    /// The smallest wrapper of the heading that holds more than its header row, when it is a link-dense part of the page.
    /// </summary>
    private static IElement? Rail(IElement heading, IElement body, DocumentStats stats, int pageText)
    {
        var own = stats.For(heading).TextLength;
        var wrapper = heading.ParentElement;
        while (wrapper is not null && wrapper != body && stats.For(wrapper).TextLength <= own + HeaderRowExtraChars)
        {
            wrapper = wrapper.ParentElement;
        }

        if (wrapper is null || wrapper == body || wrapper.LocalName is "main" or "article")
        {
            return null;
        }

        var measures = stats.For(wrapper);
        return measures.TextLength - own > 0 && measures.TextLength <= pageText * MaximumPageShare
            && measures.LinkTextLength >= (measures.TextLength - own) * MinimumLinkShare
            ? wrapper
            : null;
    }
}
