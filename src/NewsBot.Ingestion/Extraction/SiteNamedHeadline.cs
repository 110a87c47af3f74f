namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A headline that is only the site's own name (a logo set in the h1) names the site, not the page: the page title's
/// first other part does ("Cybersecurity Consulting Services | Accenture", "Glossary - Notes on Knot Theory"). Kept when
/// the title has no other part or opens with the brand.
/// </summary>
internal static class SiteNamedHeadline
{
    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " · ", " • ", " » ", " :: "];

    public static string? Replace(string? headline, string? pageTitle, SiteIdentity site)
    {
        if (headline is null || pageTitle is null || !site.IsExactly(headline))
        {
            return headline;
        }

        // A title that opens with the brand ("Todoist | A To-Do List…") is a home page's, which the reader knows by that
        // name: on tune the annotators kept the brand there as often as the slogan.
        var parts = pageTitle.Split(TitleSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 || site.IsExactly(parts[0]) ? headline : parts.FirstOrDefault(part => !site.IsExactly(part) && !site.Names(part)) ?? headline;
    }
}
