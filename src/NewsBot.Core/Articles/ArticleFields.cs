using NewsBot.Core.Feeds;

namespace NewsBot.Core.Articles;

/// <summary>
/// One set of priorities for an article's title, outlet and time, whether a poll stores it or a command shows it at once
/// (<c>/feed test</c>, <c>/quotes</c>, the <c>digest</c> verb): the page's own title and site name before the feed's, the
/// feed's dates before the page's, so the same article reads the same everywhere.
/// </summary>
public static class ArticleFields
{
    public const string Untitled = "(untitled)";

    public static string Title(ArticleMetadata page, FeedItem? item)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Title ?? item?.Title ?? Untitled;
    }

    /// <param name="link">Where the article lives; its host names an outlet that neither the page nor the feed names.</param>
    public static string? Outlet(ArticleMetadata page, Feed? feed, Uri? link)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.SiteName ?? feed?.Title ?? link?.Host;
    }

    public static DateTimeOffset? Published(ArticleMetadata page, FeedItem? item)
    {
        ArgumentNullException.ThrowIfNull(page);
        return item?.Published ?? item?.Updated ?? page.Published;
    }
}
