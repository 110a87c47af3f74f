namespace NewsBot.Ingestion.Discovery;

/// <summary>
/// The feed addresses blogging and video platforms always use, from the page's host, path and generator; then the
/// common paths any site may use, split so that robots.txt is read before the least likely ones.
/// </summary>
internal static class PlatformPatterns
{
    /// <summary>Tried first when no autodiscovery link led to a feed: the commonest places.</summary>
    public static readonly string[] CommonHead = ["/feed", "/rss"];

    /// <summary>Tried last, after robots.txt.</summary>
    public static readonly string[] CommonTail = ["/feed.xml", "/index.rss", "/atom.xml", "/?feed=rss2"];

    public static IEnumerable<Uri> ForPlatform(Uri page, PageLinks links)
    {
        var host = page.Host.ToLowerInvariant();
        var generator = links.Generator ?? "";
        var channel = YouTubeChannel(page) ?? (links.Canonical is { } canonical ? YouTubeChannel(canonical) : null);
        if (channel is not null)
            yield return new Uri("https://www.youtube.com/feeds/videos.xml?channel_id=" + Uri.EscapeDataString(channel));
        if (host is "medium.com" or "www.medium.com" && FirstSegment(page) is { } user && user.StartsWith('@'))
        {
            yield return new Uri(page, "/feed/" + user);
        }
        if (host.EndsWith(".medium.com", StringComparison.Ordinal) || host.EndsWith(".substack.com", StringComparison.Ordinal)
            || generator.Contains("substack", StringComparison.OrdinalIgnoreCase))
        {
            yield return new Uri(page, "/feed");
        }
        if (host.EndsWith(".blogspot.com", StringComparison.Ordinal) || generator.StartsWith("blogger", StringComparison.OrdinalIgnoreCase))
            yield return new Uri(page, "/feeds/posts/default");
        if (host.EndsWith(".tumblr.com", StringComparison.Ordinal))
            yield return new Uri(page, "/rss");
        if (generator.StartsWith("wordpress", StringComparison.OrdinalIgnoreCase))
        {
            // A category or tag page has its own feed one segment below it.
            if (page.AbsolutePath.Length > 1)
                yield return new Uri(page, page.AbsolutePath.TrimEnd('/') + "/feed/");
            yield return new Uri(page, "/feed/");
            yield return new Uri(page, "/?feed=rss2");
        }
    }

    public static IEnumerable<Uri> Common(Uri page, IEnumerable<string> paths) => paths.Select(p => new Uri(page, p));

    private static string? YouTubeChannel(Uri uri)
    {
        if (uri.Host.ToLowerInvariant() is not ("youtube.com" or "www.youtube.com" or "m.youtube.com"))
            return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["channel", var id, ..] && id.StartsWith("UC", StringComparison.Ordinal) ? id : null;
    }

    private static string? FirstSegment(Uri uri) => uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
