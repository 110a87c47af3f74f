namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Whether a credited name is the site's own (its og:site_name, its publisher, the words of its host name): a company
/// blog credits its brand in the tags ("Rapid7" on rapid7.com) while the page shows who wrote the post.
/// </summary>
internal static class SiteNames
{
    private const int MinimumSquashedChars = 4;

    private static readonly HashSet<string> HostPrefixes = new(StringComparer.OrdinalIgnoreCase) { "www", "blog", "blogs", "news", "m", "en", "us", "uk" };

    public static bool IsSite(string name, string? siteName, string? publisher, Uri? pageUri)
    {
        var squashed = Squash(name);
        if (squashed.Length < MinimumSquashedChars)
        {
            return false;
        }

        return Same(squashed, siteName) || Same(squashed, publisher)
            || (HostLabel(pageUri) is { Length: >= MinimumSquashedChars } host
                && (host.Contains(squashed, StringComparison.Ordinal) || squashed.StartsWith(host, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether a heading is the site's name itself (its og:site_name, its publisher, its host's naming label), not only
    /// a part of it: "Linear" on linear.app, "Accenture" where og:site_name says so; "Coffee" on a coffee shop's host is a heading.
    /// </summary>
    public static bool IsExactlySite(string text, string? siteName, string? publisher, Uri? pageUri)
    {
        var squashed = Squash(text);
        return squashed.Length >= MinimumSquashedChars
            && (Same(squashed, siteName) || Same(squashed, publisher) || squashed == HostLabel(pageUri));
    }

    private static bool Same(string squashed, string? other) => other is not null && Squash(other) == squashed;

    /// <summary>The host's naming label: "rapid7" for www.rapid7.com, "usatoday" for eu.usatoday.com.</summary>
    private static string? HostLabel(Uri? pageUri)
    {
        if (pageUri is null || !pageUri.IsAbsoluteUri)
        {
            return null;
        }

        var labels = pageUri.Host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var named = labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2 ? labels[^3] : labels.Length >= 2 ? labels[^2] : null;
        return named is null || HostPrefixes.Contains(named) ? null : Squash(named);
    }

    private static string Squash(string text) => SquashedText.Of(text);
}
