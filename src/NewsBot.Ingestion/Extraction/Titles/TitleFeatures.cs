using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// The title model's features of each candidate: where it was read, how many sources agree with it, whether it names
/// the site, its length, how it sits against the other candidates and the page's text, and the source crossed with the
/// page type (annotators name a product by its heading and an article by its headline).
/// </summary>
public static class TitleFeatures
{
    private const int MainTextChars = 4_000;
    private const int LongWords = 15;

    private static readonly (string Name, TitleSources Source)[] SourceBits =
    [
        ("rule", TitleSources.Rule), ("page_title", TitleSources.PageTitle), ("og_title", TitleSources.OgTitle),
        ("twitter_title", TitleSources.TwitterTitle), ("ld_headline", TitleSources.JsonLdHeadline), ("ld_name", TitleSources.JsonLdName),
        ("h1", TitleSources.FirstHeading), ("h1_later", TitleSources.LaterHeading), ("page_title_head", TitleSources.PageTitleHead),
        ("page_title_tail", TitleSources.PageTitleTail), ("other_head", TitleSources.OtherHead), ("other_tail", TitleSources.OtherTail),
        ("site_cut", TitleSources.SiteCut),
    ];

    private static readonly PageType[] CrossedTypes = [PageType.Forum, PageType.Listing, PageType.Collection, PageType.Product, PageType.Service, PageType.Documentation];

    private static readonly (string Name, TitleSources Source)[] CrossedSources =
    [
        ("rule", TitleSources.Rule), ("page_title", TitleSources.PageTitle), ("h1", TitleSources.FirstHeading),
        ("page_title_head", TitleSources.PageTitleHead), ("og_title", TitleSources.OgTitle), ("site_cut", TitleSources.SiteCut),
    ];

    private const TitleSources WholeSources = TitleSources.PageTitle | TitleSources.OgTitle | TitleSources.TwitterTitle
        | TitleSources.JsonLdHeadline | TitleSources.JsonLdName | TitleSources.FirstHeading | TitleSources.LaterHeading;

    public static IReadOnlyList<string> Names { get; } =
    [
        .. SourceBits.Select(b => b.Name),
        "agreeing_sources", "contained_in_sources", "contains_site", "is_site", "log_words", "one_word", "long",
        "prefix_of_other", "suffix_of_other", "has_separator", "in_main_text", "h1_opens_page", "h1_alone", "home_page_title", "address_share", "address_cover",
        .. CrossedTypes.SelectMany(t => CrossedSources.Select(s => $"{t.ToString().ToLowerInvariant()}_{s.Name}")),
    ];

    internal static void Fill(List<TitleCandidate> candidates, TitleEvidence page)
    {
        var wholes = new[] { page.PageTitle, page.OgTitle, page.TwitterTitle, page.JsonLdHeadline, page.JsonLdName, page.FirstHeading, page.LaterHeading }
            .OfType<string>().Select(TitleText.Plain).Distinct(StringComparer.Ordinal).ToList();
        // The main text is searched in place, folded as it goes: a lower-cased copy of every page's text was most of what
        // the chooser allocated.
        var mainText = page.MainText.AsSpan(0, Math.Min(page.MainText.Length, MainTextChars));
        var plains = candidates.Select(c => TitleText.Plain(c.Text)).ToList();
        var address = AddressWords.Of(page.Site.PageUri);
        for (var c = 0; c < candidates.Count; c++)
        {
            candidates[c].Features = Of(candidates[c], plains[c], plains, wholes, TitleText.FoldedContains(mainText, plains[c]), address.Overlap(candidates[c].Text), page);
        }
    }

    private static List<double> Of(
        TitleCandidate candidate, string plain, List<string> plains, List<string> wholes, bool inMainText, (double Share, double Cover) address, TitleEvidence page)
    {
        var values = new List<double>(Names.Count);
        values.AddRange(SourceBits.Select(b => Bit(candidate.Has(b.Source))));
        var words = TextMeasures.SpaceSeparatedWords(plain);
        var heading = candidate.Has(TitleSources.FirstHeading);
        values.Add(System.Numerics.BitOperations.PopCount((uint)(candidate.Sources & WholeSources)) / 4.0);
        values.Add(wholes.Count(w => w.Length > plain.Length && w.Contains(plain, StringComparison.Ordinal)) / 4.0);
        values.Add(Bit(ContainsSite(candidate.Text, page.Site)));
        values.Add(Bit(page.Site.IsExactly(candidate.Text)));
        values.Add(Math.Log(1 + words) / 3);
        values.Add(Bit(words == 1));
        values.Add(Bit(words > LongWords));
        values.Add(Bit(plains.Any(p => p.Length > plain.Length && p.StartsWith(plain, StringComparison.Ordinal))));
        values.Add(Bit(plains.Any(p => p.Length > plain.Length && p.EndsWith(plain, StringComparison.Ordinal))));
        values.Add(Bit(plain.Contains(" | ", StringComparison.Ordinal) || plain.Contains(" - ", StringComparison.Ordinal)));
        values.Add(Bit(inMainText));
        values.Add(Bit(heading && page.HeadingOpensPage));
        values.Add(Bit(heading && page.HeadingCount == 1));
        values.Add(Bit(page.IsHomePage && candidate.Has(TitleSources.PageTitle)));
        values.Add(address.Share);
        values.Add(address.Cover);
        foreach (var type in CrossedTypes)
        {
            values.AddRange(CrossedSources.Select(s => Bit(page.PageType == type && candidate.Has(s.Source))));
        }

        return values;
    }

    /// <summary>Whether the text holds the site's declared name, its publisher or its host's naming label.</summary>
    private static bool ContainsSite(string text, SiteIdentity site)
    {
        var squashed = Squash(text);
        return Holds(squashed, site.SiteName) || Holds(squashed, site.Publisher)
            || (site.PageUri is { IsAbsoluteUri: true } uri && uri.Host.Split('.') is { Length: >= 2 } labels && Holds(squashed, labels[^2]));
    }

    private static bool Holds(string squashed, string? name) => name is not null && Squash(name) is { Length: >= 3 } part && squashed.Contains(part, StringComparison.Ordinal);

    private static string Squash(string text) => SquashedText.Of(text);

    private static double Bit(bool value) => value ? 1 : 0;
}
