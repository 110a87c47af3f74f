namespace NewsBot.Ingestion.Extraction;

/// <summary>What names the site a page belongs to: its declared name, its publisher and its address.</summary>
internal sealed record SiteIdentity(string? SiteName, string? Publisher, Uri? PageUri)
{
    public bool Names(string credited) => SiteNames.IsSite(credited, SiteName, Publisher, PageUri);

    /// <summary>Whether <paramref name="text"/> is the site's name itself, not a name that contains it or is contained in it.</summary>
    public bool IsExactly(string text) => SiteNames.IsExactlySite(text, SiteName, Publisher, PageUri);

    /// <summary>A byline without the outlet's name set after it ("Brian Truitt USA TODAY").</summary>
    public string WithoutTrailingName(string byline)
    {
        foreach (var name in (ReadOnlySpan<string?>)[SiteName, Publisher])
        {
            if (name is { Length: > 0 } && byline.Length > name.Length + 1 && byline.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase))
            {
                return byline[..^name.Length].TrimEnd(' ', ',', '|', '-');
            }
        }

        return byline;
    }
}
