using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Engine.Metrics;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine.Polling;

/// <summary>
/// Stores the new items of a fetched feed: backlog items from their summary alone, the rest from their article
/// pages, read a few at a time. An item whose article another feed already stored is only recorded as carried by this
/// feed (no page read), so this feed's topics still get the story.
/// </summary>
public sealed class FeedItemIngester(
    ArticleReader articles,
    ArticleExtractor extractor,
    IQuoteExtractor quotes,
    IArticleStore store,
    IOptions<PollingOptions> options,
    ILogger<FeedItemIngester> logger,
    NewsBotMetrics? metrics = null)
{
    private const int MaxKeyQuotes = 3;
    private readonly FeedItemReader _reader = new(articles, extractor, logger);

    /// <param name="backfillBefore">On a first poll, items published before this are stored as backfill.</param>
    /// <param name="forgottenBefore">
    /// Items published before this are stored as backfill on any poll: their identity may have been pruned
    /// (Retention:SeenItemDays), and an old item a feed still lists must not be posted again.
    /// </param>
    /// <returns>How many articles were stored for delivery, and how many as backfill.</returns>
    public async Task<(int New, int Backfilled)> IngestAsync(
        string feedUrl, Feed feed, Uri documentUri, DateTimeOffset? backfillBefore, CancellationToken cancellationToken, DateTimeOffset? forgottenBefore = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var selected = await SelectNewAsync(feedUrl, feed, documentUri, (backfillBefore, forgottenBefore), cancellationToken);
        // Backlog first, as it was read from the feed alone; then the pages, read a few at a time.
        List<PolledItem> items = [.. selected.Where(i => i.IsBackfill), .. selected.Where(i => !i.IsBackfill)];
        var read = new ExtractedArticle[items.Count];
        var firstPage = items.FindIndex(i => !i.IsBackfill);
        for (var i = 0; i < (firstPage < 0 ? items.Count : firstPage); i++)
            read[i] = _reader.FromFeedSummary(items[i].Item);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, items.Count).Where(i => !items[i].IsBackfill),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelArticleFetches, CancellationToken = cancellationToken },
            async (index, token) => read[index] = await _reader.ReadAsync(items[index].Item, items[index].Link, token));

        var records = items.Select((polled, i) => Record(polled, read[i])).ToList();
        // One transaction for the feed's articles: one commit instead of one per article.
        var stored = await store.TryAddAllAsync([.. records.Select(r => r.Article)], cancellationToken);
        var (added, backfilled) = (0, 0);
        for (var i = 0; i < items.Count; i++)
        {
            if (!await AfterStoreAsync(items[i], records[i].Identity, stored[i], cancellationToken))
                continue;
            if (items[i].IsBackfill)
                backfilled++;
            else
                added++;
        }
        return (added, backfilled);
    }

    private async Task<List<PolledItem>> SelectNewAsync(
        string feedUrl, Feed feed, Uri documentUri, (DateTimeOffset? Backfill, DateTimeOffset? Forgotten) before, CancellationToken cancellationToken)
    {
        var feedLocation = SourceLocation.Parse(documentUri.AbsoluteUri);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(FeedItem Item, ArticleIdentity Identity)>();
        foreach (var item in feed.Items.Take(options.Value.MaxItemsPerPoll))
        {
            var identity = FeedItemIdentity.For(feedUrl, item, documentUri);
            // A feed listing the same story twice must not read its page twice.
            if (ids.Add(identity.ItemId) && urls.Add(identity.CanonicalUrl))
                candidates.Add((item, identity));
        }
        // One question to the store for the feed's items: nothing below writes what a later item's answer depends on.
        var novelty = await store.CheckAllAsync([.. candidates.Select(c => c.Identity)], cancellationToken);
        var selected = new List<PolledItem>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (item, identity) = candidates[i];
            // A first poll must not deliver a backlog; an undated item could be years old, so it counts as backlog too.
            var published = item.Published ?? item.Updated;
            var isBackfill = (before.Backfill is not null && (published is null || published < before.Backfill)) || published < before.Forgotten;
            switch (novelty[i])
            {
                case ItemNovelty.New:
                    selected.Add(new PolledItem(feed, item, identity, SourceLocation.FromLink(item.Link, feedLocation), isBackfill));
                    break;
                case ItemNovelty.SeenElsewhere:
                    // Stored already from another feed: no page read, but this feed's topics must still get the story.
                    await store.RecordSightingAsync(identity, isBackfill, cancellationToken);
                    break;
            }
        }
        return selected;
    }

    /// <summary>The article to store, under the page's own canonical address when it names one.</summary>
    private (ArticleIdentity Identity, ArticleRecord Article) Record(PolledItem polled, ExtractedArticle read)
    {
        var (article, analysis) = Analyse(polled, read);
        var pageUrl = ArticleRecords.PageCanonicalUrl(article, polled);
        var identity = pageUrl is null ? polled.Identity : polled.Identity with { CanonicalUrl = pageUrl };
        return (identity, ArticleRecords.From(polled, article, analysis, identity));
    }

    /// <returns>Whether the article was stored as new.</returns>
    private async Task<bool> AfterStoreAsync(PolledItem polled, ArticleIdentity identity, bool stored, CancellationToken cancellationToken)
    {
        if (!stored)
        {
            // The page names an address already stored (another feed had it): the item is seen, not new, and this feed
            // carried that article; its link is recorded too, so a re-published item pointing at it needs no page read.
            logger.LogDebug("{Article}: already stored as {CanonicalUrl}", polled.Identity.CanonicalUrl, identity.CanonicalUrl);
            await store.RecordSightingAsync(identity, polled.IsBackfill, cancellationToken);
            if (identity.CanonicalUrl != polled.Identity.CanonicalUrl)
                await store.MarkSeenAsync(LinkIdentity(polled.Identity), cancellationToken);
            return false;
        }
        if (identity.CanonicalUrl != polled.Identity.CanonicalUrl)
        {
            // The feed's link is recorded too, so a re-published item pointing at it is known without a page read.
            await store.MarkSeenAsync(LinkIdentity(polled.Identity), cancellationToken);
        }
        return true;
    }

    /// <summary>Quotes the article; should that fail unexpectedly on a page, the story falls back to the feed's excerpt.</summary>
    private (ExtractedArticle Article, QuoteAnalysis Analysis) Analyse(PolledItem polled, ExtractedArticle article)
    {
        try
        {
            return (article, TimedQuotes(article.Text));
        }
        catch (Exception e) when (!article.IsPartial && e is not OperationCanceledException)
        {
            logger.LogWarning(e, "{Article}: finding quotes failed; using the feed's summary instead", polled.Identity.CanonicalUrl);
            var excerpt = _reader.FromFeedSummary(polled.Item) with { Metadata = article.Metadata, Url = article.Url };
            return (excerpt, quotes.Extract(excerpt.Text, MaxKeyQuotes));
        }
    }

    private QuoteAnalysis TimedQuotes(string text)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var analysis = quotes.Extract(text, MaxKeyQuotes);
        metrics?.QuotesFound(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return analysis;
    }

    private static ArticleIdentity LinkIdentity(ArticleIdentity feedItem) => feedItem with { ItemId = "link:" + feedItem.CanonicalUrl };
}
