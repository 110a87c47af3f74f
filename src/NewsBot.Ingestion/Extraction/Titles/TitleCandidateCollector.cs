namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// The distinct texts a page offers as its title: each source whole, and each cut at a separator (its part before the
/// first and the last one, its part after them), merged when they read the same ignoring case and spacing.
/// </summary>
internal static class TitleCandidateCollector
{
    private const int MinimumChars = 2;
    private const int MaxChars = 300;
    private const int MaxCandidates = 40;

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", ": ", " · ", " • ", " » ", " :: ", " / ", " ~ "];

    public static List<TitleCandidate> Collect(TitleEvidence page)
    {
        var candidates = new List<TitleCandidate>();
        Add(candidates, page.Rule, TitleSources.Rule);
        AddWithCuts(candidates, page.PageTitle, TitleSources.PageTitle, TitleSources.PageTitleHead, TitleSources.PageTitleTail, page.Site);
        AddWithCuts(candidates, page.OgTitle, TitleSources.OgTitle, TitleSources.OtherHead, TitleSources.OtherTail, page.Site);
        AddWithCuts(candidates, page.TwitterTitle, TitleSources.TwitterTitle, TitleSources.OtherHead, TitleSources.OtherTail, page.Site);
        AddWithCuts(candidates, page.JsonLdHeadline, TitleSources.JsonLdHeadline, TitleSources.OtherHead, TitleSources.OtherTail, page.Site);
        AddWithCuts(candidates, page.JsonLdName, TitleSources.JsonLdName, TitleSources.OtherHead, TitleSources.OtherTail, page.Site);
        AddWithCuts(candidates, page.FirstHeading, TitleSources.FirstHeading, TitleSources.OtherHead, TitleSources.OtherTail, page.Site);
        Add(candidates, page.LaterHeading, TitleSources.LaterHeading);
        return candidates;
    }

    private static void AddWithCuts(List<TitleCandidate> candidates, string? text, TitleSources whole, TitleSources head, TitleSources tail, SiteIdentity site)
    {
        if (text is null)
        {
            return;
        }

        Add(candidates, text, whole);
        var (first, firstSeparator, last, lastSeparator) = (-1, "", -1, "");
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (first < 0 || at < first))
            {
                (first, firstSeparator) = (at, separator);
            }

            var lastAt = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (lastAt > 0 && lastAt > last)
            {
                (last, lastSeparator) = (lastAt, separator);
            }
        }

        if (first < 0)
        {
            return;
        }

        AddCut(candidates, text[..first], text[(first + firstSeparator.Length)..], head, site);
        AddCut(candidates, text[(last + lastSeparator.Length)..], text[..last], tail, site);
        if (last != first)
        {
            AddCut(candidates, text[..last], text[(last + lastSeparator.Length)..], head, site);
            AddCut(candidates, text[(first + firstSeparator.Length)..], text[..first], tail, site);
        }
    }

    private static void AddCut(List<TitleCandidate> candidates, string kept, string dropped, TitleSources cut, SiteIdentity site)
    {
        var droppedNamesSite = dropped.Trim() is { Length: > 0 } rest && (site.Names(rest) || site.IsExactly(rest));
        Add(candidates, kept.Trim(), droppedNamesSite ? cut | TitleSources.SiteCut : cut);
    }

    private static void Add(List<TitleCandidate> candidates, string? text, TitleSources source)
    {
        if (text is null || text.Length is < MinimumChars or > MaxChars || candidates.Count >= MaxCandidates)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            if (TitleText.Same(candidate.Text, text))
            {
                candidate.Sources |= source;
                return;
            }
        }

        candidates.Add(new TitleCandidate(text, source));
    }
}
