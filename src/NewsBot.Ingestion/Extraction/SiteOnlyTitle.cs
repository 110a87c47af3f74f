namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A &lt;title&gt; that names only the site ("Reddit - The heart of the internet" on a thread, "| Nuts &amp; Volts Magazine"
/// with the page's own part left empty) says nothing of the page, so its first &lt;h1&gt; names it even where the two
/// share no words. Not on the site's home page, whose name is the brand (on tune the annotators kept it there).
/// </summary>
internal static class SiteOnlyTitle
{
    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " · ", " • ", " » ", " :: "];

    public static bool NamesOnlyTheSite(string? pageTitle, SiteIdentity site)
    {
        if (pageTitle is null || site.PageUri is not { IsAbsoluteUri: true } page || page.AbsolutePath is "/" or "")
        {
            return false;
        }

        var title = pageTitle.Trim();
        if (title.Length > 0 && title[0] is '|' or '-' or '–' or '—' or '·' or '•')
        {
            return true;
        }

        var cut = Separators.Select(s => title.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(title.Length).Min();
        return site.IsExactly(title[..cut]);
    }
}
