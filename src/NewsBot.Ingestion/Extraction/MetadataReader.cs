using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Builds <see cref="ArticleMetadata"/> from JSON-LD, Open Graph and other meta tags, and the markup,
/// in that order of trust. Runs on the untouched document, before boilerplate removal.
/// </summary>
internal static class MetadataReader
{
    private const int MinimumHeadingChars = 8;
    private const int MaxHeadingChars = 300;
    private const double MinimumHeadingWordsInTags = 0.5;
    private const double MinimumTitleWordsInHeading = 0.3;

    private static readonly string[] HeadlineSeparators = [" | ", " • ", " — ", " – ", " - ", " / ", " · ", " :: ", " » "];

    private static readonly string[] TitleParts = [" | ", " - ", " – ", " — ", " · ", ": "];

    /// <summary>Anchor marks documentation generators append to headings ("Data Structures¶").</summary>
    private static readonly char[] HeadingMarks = ['¶', '#', '§', ' '];

    private static readonly char[] WordSeparators = [' ', ',', '.', ':', ';', '!', '?', '|', '-', '–', '—', '(', ')', '"', '\'', '’'];

    public static ArticleMetadata Read(IDocument document, MetaTags meta, JsonLdArticle ld, Uri? pageUri)
    {
        // The JSON-LD publisher names the publication where og:site_name names the platform (Medium, Substack).
        var siteName = Clean(ld.PublisherName ?? meta.First("og:site_name") ?? meta.First("application-name"));
        var pageTitle = PageTitle(document);
        var title = ReadTitle(document, ld, meta, siteName, pageTitle);
        var site = new SiteIdentity(siteName, Clean(ld.PublisherName), pageUri);
        return new ArticleMetadata
        {
            Title = title,
            Headline = SiteNamedHeadline.Replace(WithoutPipeSuffix(ReadHeadline(document, ld, meta, title, pageTitle, site)), pageTitle ?? Clean(meta.First("og:title")), site),
            Byline = ReadByline(document, ld, meta, site),
            Published = DateValueParser.Parse(ld.DatePublished)
                ?? DateValueParser.Parse(meta.First(
                    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                    "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date",
                    "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "published_time", "published")
                    ?? meta.First("citation_publication_date", "citation_date", "citation_online_date", "ms.date"))
                ?? DateValueParser.Parse(FirstTimeElement(document)),
            Modified = DateValueParser.Parse(ld.DateModified)
                ?? DateValueParser.Parse(meta.First(
                    "article:modified_time", "og:updated_time", "dateModified", "dcterms.modified", "last-modified")),
            SiteName = siteName,
            Language = Clean(document.DocumentElement?.GetAttribute("lang"))
                ?? Clean(meta.First("og:locale")?.Replace('_', '-'))
                ?? Clean(meta.First("content-language", "language", "dc.language"))
                ?? Clean(ld.Language),
            CanonicalUrl = Resolve(LinkHref(document, "canonical"), pageUri) ?? Resolve(meta.First("og:url"), pageUri),
            Image = Resolve(meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image"), pageUri)
                ?? Resolve(ld.Image, pageUri),
            Excerpt = Clean(meta.First("description", "og:description", "twitter:description") ?? ld.Description),
        };
    }

    /// <summary>
    /// Adds the byline and date a page only shows as text, or declares for the web page rather than an article. Kept apart from <see cref="Read"/>: what a page declares
    /// is evidence of an article, while listings and shop pages show dates and "by" lines too.
    /// </summary>
    public static ArticleMetadata WithShownValues(IDocument document, ArticleMetadata declared, JsonLdArticle ld, Uri? pageUri, bool isThread) => declared with
    {
        Byline = OrganisationCredit.PreferShownPerson(declared, ld, document) ?? VisibleByline.Find(document) ?? HeadlineByline.Find(document) ?? VisibleByline.FindInAsides(document)
            ?? DataLayerAuthor.Find(document) ?? OwnerByline.Find(document, pageUri),
        Published = OriginallyPublished.Apply(MarkedPublicationTime.Apply(declared.Published, declared.Modified, document) is { } published ? EarlierShownDay.Apply(ShownDayOffset.Apply(published, document), document, isThread)
            : UndeclaredDay.Find(document, ld, pageUri), document, isThread),
    };

    private static string? ReadTitle(IDocument document, JsonLdArticle ld, MetaTags meta, string? siteName, string? pageTitle)
    {
        var headings = DomWalker.DescendantElements(document).Where(e => e.LocalName == "h1").Take(2).ToList();
        var heading = headings.Count == 0 ? null : Clean(DomText.Of(headings[0], 500));
        var title = Clean(JsonLdTitle(ld, pageTitle) ?? meta.First("dc:title", "dc.title", "og:title", "twitter:title", "parsely-title")) is { } declared
            ? TitleCleaner.StripSiteName(declared, siteName)
            : pageTitle is not null ? TitleCleaner.Clean(pageTitle, siteName) : null;
        return title is null ? heading : headings.Count == 1 && heading is not null ? HeadingWithinTitle(title, heading) : title;
    }

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
    /// The page's first &lt;h1&gt;, its headline as readers see it, when it names the same thing as the title tags
    /// (most of its words are in them, and it holds a fair part of the title's): a logo or a section name is no headline.
    /// </summary>
    private static string? ReadHeadline(IDocument document, JsonLdArticle ld, MetaTags meta, string? title, string? pageTitle, SiteIdentity site)
    {
        var heading = DomWalker.DescendantElements(document).Where(e => e.LocalName == "h1")
            .Select(h => Clean(DomText.Of(h, MaxHeadingChars))?.TrimEnd(HeadingMarks)).FirstOrDefault(h => !string.IsNullOrEmpty(h));
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

        var headingWords = WordSet(heading);
        var tagWords = WordSet(ld.Headline, meta.First("og:title"), pageTitle);
        var titleWords = WordSet(title);
        return CountIn(headingWords, tagWords) >= headingWords.Count * MinimumHeadingWordsInTags
            && CountIn(titleWords, headingWords) >= titleWords.Count * MinimumTitleWordsInHeading
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

    /// <summary>The document's title: an SVG's &lt;title&gt; is an icon's tooltip ("LinkedIn"), which pages without a head title show first.</summary>
    private static string? PageTitle(IDocument document) =>
        Clean(DomWalker.DescendantElements(document).FirstOrDefault(e => e.LocalName == "title" && e.NamespaceUri != NamespaceNames.SvgUri)?.TextContent);

    /// <summary>
    /// The distinct words of the texts, case aside; read from spans, so only a word not yet in the set becomes a string
    /// (issue 17: splitting the three texts was 2.4% of the poll cycle's allocations).
    /// </summary>
    private static HashSet<string> WordSet(params ReadOnlySpan<string?> texts)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            foreach (var range in text.AsSpan().SplitAny(WordSeparators))
            {
                if (text.AsSpan(range) is { IsEmpty: false } word)
                {
                    lookup.Add(word);
                }
            }
        }

        return words;
    }

    private static int CountIn(HashSet<string> words, HashSet<string> others)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += others.Contains(word) ? 1 : 0;
        }

        return count;
    }

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

    /// <summary>
    /// The first credited person, in order of trust: JSON-LD, meta tags (a paper's citation tags list every author where
    /// Dublin Core often names the first), Yoast's label, the page's author markup. A credit
    /// that is the site itself (typed an organisation, or named like the site) gives way to a later one that reads as a person,
    /// or that the page marks as its author whatever its shape (a web page node's person, rel=author, itemprop=author: a
    /// member's handle "MixmasterFred" under a brand credited in the tags).
    /// </summary>
    private static string? ReadByline(IDocument document, JsonLdArticle ld, MetaTags meta, SiteIdentity site)
    {
        string? fallback = null;
        foreach (var (credited, typedOrganisation, markedAsAuthor) in BylineCandidates(document, ld, meta))
        {
            if (credited is null)
            {
                continue;
            }

            var candidate = fallback is null ? credited : site.WithoutTrailingName(credited);
            var own = typedOrganisation || site.Names(candidate);
            if (fallback is null ? !own : !own && (markedAsAuthor || PersonNameShape.IsPerson(candidate)))
            {
                return candidate;
            }

            fallback ??= candidate;
        }

        return fallback;
    }

    private static IEnumerable<(string? Name, bool TypedOrganisation, bool MarkedAsAuthor)> BylineCandidates(IDocument document, JsonLdArticle ld, MetaTags meta)
    {
        yield return (People(ld.Authors), ld.AuthorsAreOrganisations, false);
        yield return (People(meta.All("citation_author", "citation_authors", "dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "cxenseparse:author")), false, false);
        yield return (People(ld.PageAuthors), false, true);
        yield return (People(WrittenByLabel(meta)), false, false);
        yield return (BylineFinder.FindMarked(document), false, true);
        yield return (BylineFinder.Find(document), false, false);
        yield return (AuthorPageLink.Find(document), false, true);
    }

    /// <summary>Yoast's reading-time labels: twitter:label1 "Written by" with the name in twitter:data1.</summary>
    private static IEnumerable<string> WrittenByLabel(MetaTags meta) =>
        "Written by".Equals(meta.First("twitter:label1")?.Trim(), StringComparison.OrdinalIgnoreCase) && meta.First("twitter:data1") is { } name
            ? [name]
            : [];

    /// <summary>
    /// The cleaned names joined by ", ", or by "; " when a name is written "Family, Given" (so the list still splits into people).
    /// </summary>
    private static string? People(IEnumerable<string> names)
    {
        var people = names.Select(BylineCleaner.Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList();
        return people.Count == 0 ? null : string.Join(people.Any(p => p.Contains(',', StringComparison.Ordinal)) ? "; " : ", ", people);
    }

    /// <summary>
    /// The time marked as the publication, else the first inside an &lt;article&gt; (a side column listing other posts may
    /// come first in the markup), else the first.
    /// </summary>
    private static string? FirstTimeElement(IDocument document)
    {
        var times = DomWalker.DescendantElements(document).Where(e => e.LocalName == "time" && e.HasAttribute("datetime")).Take(50).ToList();
        var chosen = times.FirstOrDefault(t => t.HasAttribute("pubdate") || (t.GetAttribute("itemprop") ?? "").Contains("datePublished", StringComparison.Ordinal))
            ?? times.FirstOrDefault(t => t.Closest("article") is not null)
            ?? times.FirstOrDefault();
        return chosen?.GetAttribute("datetime");
    }

    private static string? LinkHref(IDocument document, string rel) =>
        DomWalker.DescendantElements(document)
            .Where(e => e.LocalName == "link")
            .FirstOrDefault(e => (e.GetAttribute("rel") ?? "").Split(' ').Contains(rel, StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href");

    private static string? Resolve(string? href, Uri? pageUri)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Length > 2_000)
        {
            return null;
        }

        var trimmed = href.Trim();
        Uri? absolute = pageUri is not null && Uri.TryCreate(pageUri, trimmed, out var joined) ? joined
            : Uri.TryCreate(trimmed, UriKind.Absolute, out var given) ? given
            : null;
        return absolute is not null && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Some pages escape their titles twice ("SQL &amp;#x26; AI"): a reader sees the character, not the entity.
        var decoded = value.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(value) : value;
        return IsSingleSpaced(decoded) ? decoded : Whitespace.Collapse(decoded);
    }

    /// <summary>
    /// Words parted by single spaces, no other white space: what splitting and joining would give back unchanged, so
    /// most values are not taken apart (issue 17: <see cref="Clean"/> was 1.7% of the poll cycle's allocations).
    /// </summary>
    private static bool IsSingleSpaced(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == ' ' ? text[i - 1] == ' ' : char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
    }
}
