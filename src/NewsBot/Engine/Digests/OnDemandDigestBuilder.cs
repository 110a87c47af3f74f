using Microsoft.Extensions.Logging;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Quotes;
using NewsBot.Engine.Stories;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine.Digests;

/// <summary>
/// Builds a digest straight from feeds, with no storage: every item counts as new.
/// The scheduled engine keeps state; this serves the command line and previews. A news sitemap is read as the poller
/// reads it (entries in the window, an index followed one level, within the caps); a page stands for the best feed
/// found on it, or for its news sitemap when it has no feed.
/// </summary>
public sealed class OnDemandDigestBuilder(
    DocumentLoader loader,
    FeedParser parser,
    ArticleReader articles,
    ArticleExtractor extractor,
    IQuoteExtractor quotes,
    ILogger<OnDemandDigestBuilder> logger,
    FeedDiscoverer? discoverer = null,
    SitemapFollower? sitemaps = null)
{
    private const int ParallelArticleFetches = 4;

    private const string NewsSitemapKind = "news-sitemap";
    private readonly FeedItemReader _items = new(articles, extractor, logger);

    /// <summary>The stories of every feed that could be read; one that could not is among the result's failures, not the end of the digest.</summary>
    public async Task<OnDemandDigest> BuildAsync(
        IReadOnlyList<SourceLocation> feeds, int maxStories, int maxQuotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var entries = new List<FeedEntry>();
        var failures = new List<Exception>();
        foreach (var location in feeds)
        {
            try
            {
                entries.AddRange(await ReadFeedAsync(location, cancellationToken));
            }
            catch (Exception e) when (e is SourceException or FetchException)
            {
                failures.Add(e);
            }
        }

        var chosen = FeedEntry.NewestDistinct(entries, maxStories);
        var stories = new DigestStory[chosen.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chosen.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelArticleFetches, CancellationToken = cancellationToken },
            async (index, token) => stories[index] = await BuildStoryAsync(chosen[index], maxQuotes, token));
        return new OnDemandDigest(stories, failures);
    }

    private async Task<IEnumerable<FeedEntry>> ReadFeedAsync(SourceLocation location, CancellationToken cancellationToken, bool discover = true)
    {
        var document = await loader.LoadAsync(location, cancellationToken);
        Feed feed;
        try
        {
            feed = parser.Parse(document.Content, location.Uri, document.Charset, contentLanguage: null);
        }
        catch (FeedFormatException e) when (discover && !location.IsFile && discoverer is not null)
        {
            // A web page rather than a feed: read the best feed found on it, as /feed add would offer first.
            var found = await discoverer.DiscoverAsync(location.Uri, cancellationToken);
            var best = found.Feeds.FirstOrDefault(f => !f.IsComments && f.Kind != NewsSitemapKind)
                ?? (sitemaps is null ? null : found.Feeds.FirstOrDefault(f => f.Kind == NewsSitemapKind))
                ?? throw new SourceException(location.Display, $"{e.Message} No feed found on it either ({found.Requests} addresses tried; `feeds discover` lists them).", e);
            logger.LogWarning("{Page} is not a feed; reading {Feed} ({Kind}) found on it", location.Display, best.Url, best.Kind);
            return await ReadFeedAsync(SourceLocation.Parse(best.Url.AbsoluteUri), cancellationToken, discover: false);
        }
        catch (FeedFormatException e)
        {
            throw new SourceException(location.Display, e.Message, e);
        }
        if (SitemapFormats.IsSitemap(feed.Format))
        {
            // Read raw, an index's items would be its child sitemaps and a plain sitemap's every page ever published.
            feed = sitemaps is null
                ? throw new SourceException(location.Display, "a sitemap, which this digest cannot read")
                : await sitemaps.ResolveAsync(feed, cancellationToken);
        }
        foreach (var warning in feed.Warnings)
            logger.LogWarning("{Feed}: {Warning}", location.Display, warning);
        return feed.Items.Select((item, order) => new FeedEntry(feed, item, location, order));
    }

    private async Task<DigestStory> BuildStoryAsync(FeedEntry entry, int maxQuotes, CancellationToken cancellationToken)
    {
        var item = entry.Item;
        var link = SourceLocation.FromLink(item.Link, entry.FeedLocation);
        var article = await _items.ReadAsync(item, link, cancellationToken);
        var analysis = quotes.Extract(article.Text, maxQuotes);
        return StoryBuilder.FromRead(article, analysis, link?.Display ?? item.Link, item, entry.Feed, link?.Uri);
    }
}
