using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Sitemaps;

/// <summary>
/// Turns a parsed sitemap into the entries a poll reads: only those dated within the window, newest first, capped;
/// a sitemap index followed one level (its newest children, within the file and byte caps, each through the guarded
/// fetcher). Any other feed is returned as it is.
/// </summary>
public sealed class SitemapFollower(IWebFetcher fetcher, FeedParser parser, IOptions<SitemapOptions> options, TimeProvider time)
{
    public Task<Feed> ResolveAsync(Feed feed, CancellationToken cancellationToken) => ResolveAsync(feed, readSince: null, cancellationToken);

    /// <summary>
    /// As <see cref="ResolveAsync(Feed, CancellationToken)"/>; an index's children are fetched conditionally
    /// (<c>If-Modified-Since</c> <paramref name="readSince"/>), so a child unchanged since everything up to that time was
    /// read costs a 304 and adds nothing. Null fetches every child in full.
    /// </summary>
    public async Task<Feed> ResolveAsync(Feed feed, DateTimeOffset? readSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var cutoff = time.GetUtcNow() - options.Value.Window;
        var conditional = readSince is { } since ? new ConditionalRequest(null, since.ToUniversalTime().ToString("r", System.Globalization.CultureInfo.InvariantCulture)) : null;
        return feed.Format switch
        {
            SitemapFormats.UrlSet => Windowed(feed, feed.Items, cutoff, [.. feed.Warnings]),
            SitemapFormats.Index => await FollowAsync(feed, cutoff, conditional, cancellationToken),
            _ => feed,
        };
    }

    private async Task<Feed> FollowAsync(Feed index, DateTimeOffset cutoff, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var warnings = new List<string>(index.Warnings);
        // Undated children are kept (many indexes date none) but read after every dated one.
        var children = index.Items
            .Where(child => child.Link is not null && !(child.Updated < cutoff))
            .OrderByDescending(child => child.Updated ?? DateTimeOffset.MinValue)
            .ToList();
        if (children.Count > settings.MaxFiles)
            warnings.Add($"The index lists {children.Count} sitemaps in the window: read the newest {settings.MaxFiles} (Sitemaps:MaxFiles).");
        var read = new SitemapReadBudget(settings, warnings);
        string? language = null, title = null;
        foreach (var child in children.Take(settings.MaxFiles))
        {
            if (read.IsSpent)
                break;
            if (await ReadChildAsync(new Uri(child.Link!), conditional, read, cancellationToken) is not { } sitemap)
                continue;
            language ??= sitemap.Language;
            title ??= sitemap.Title;
            read.Add(sitemap.Items.Where(item => InWindow(item, cutoff)));
        }
        if (read.Succeeded == 0 && read.Attempted > 0)
            throw new FeedFormatException($"None of the index's {read.Attempted} sitemap(s) could be read: {read.FirstFailure}");
        return Windowed(index with { Title = index.Title ?? title, Language = index.Language ?? language }, read.Items, cutoff, warnings);
    }

    private async Task<Feed?> ReadChildAsync(Uri uri, ConditionalRequest? conditional, SitemapReadBudget read, CancellationToken cancellationToken)
    {
        read.Attempted++;
        try
        {
            using var fetched = await fetcher.FetchAsync(uri, conditional, cancellationToken);
            if (fetched.NotModified)
            {
                // Read in full by an earlier poll that went through: nothing new, and no failure.
                read.Succeeded++;
                return null;
            }
            if (!read.TryConsume(fetched.Content.Length, uri))
                return null;
            var sitemap = parser.Parse(fetched.Content, fetched.FinalUri, fetched.Charset, fetched.ContentLanguage);
            if (sitemap.Format != SitemapFormats.UrlSet)
                return read.Fail(uri, $"a {sitemap.Format}, not a list of pages (an index is followed one level only)");
            read.Succeeded++;
            return sitemap;
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            return read.Fail(uri, e.Message);
        }
    }

    private Feed Windowed(Feed feed, IEnumerable<FeedItem> items, DateTimeOffset cutoff, List<string> warnings)
    {
        var inWindow = items.Where(item => InWindow(item, cutoff)).OrderByDescending(Date).ToList();
        var skipped = feed.Format == SitemapFormats.UrlSet ? feed.Items.Count - inWindow.Count : 0;
        if (skipped > 0)
            warnings.Add($"{skipped} entries undated or older than {options.Value.WindowHours} hours skipped (Sitemaps:WindowHours).");
        if (inWindow.Count > options.Value.MaxUrls)
            warnings.Add($"{inWindow.Count} entries in the window: kept the newest {options.Value.MaxUrls} (Sitemaps:MaxUrls).");
        return feed with { Format = SitemapFormats.UrlSet, Items = inWindow.Take(options.Value.MaxUrls).ToList(), Warnings = warnings };
    }

    private static bool InWindow(FeedItem item, DateTimeOffset cutoff) => Date(item) >= cutoff;

    private static DateTimeOffset? Date(FeedItem item) => item.Published ?? item.Updated;
}
