using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Digests;

/// <summary>
/// Builds a digest straight from feeds, with no storage: every item counts as new.
/// The scheduled engine keeps state; this serves the command line and previews.
/// </summary>
public sealed class OnDemandDigestBuilder(
    DocumentLoader loader,
    FeedParser parser,
    ArticleReader articles,
    ArticleExtractor extractor,
    IQuoteExtractor quotes,
    ILogger<OnDemandDigestBuilder> logger)
{
    private const int ParallelArticleFetches = 4;

    /// <exception cref="SourceException">A feed could not be read or parsed.</exception>
    public async Task<IReadOnlyList<DigestStory>> BuildAsync(
        IReadOnlyList<SourceLocation> feeds, int maxStories, int maxQuotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var entries = new List<FeedEntry>();
        foreach (var location in feeds)
            entries.AddRange(await ReadFeedAsync(location, cancellationToken));

        var chosen = FeedEntry.NewestDistinct(entries, maxStories);
        var stories = new DigestStory[chosen.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chosen.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelArticleFetches, CancellationToken = cancellationToken },
            async (index, token) => stories[index] = await BuildStoryAsync(chosen[index], maxQuotes, token));
        return stories;
    }

    private async Task<IEnumerable<FeedEntry>> ReadFeedAsync(SourceLocation location, CancellationToken cancellationToken)
    {
        var document = await loader.LoadAsync(location, cancellationToken);
        Feed feed;
        try
        {
            feed = parser.Parse(document.Body, location.Uri, document.Charset);
        }
        catch (FeedFormatException e)
        {
            throw new SourceException(location.Display, e.Message, e);
        }
        foreach (var warning in feed.Warnings)
            logger.LogWarning("{Feed}: {Warning}", location.Display, warning);
        return feed.Items.Select((item, order) => new FeedEntry(feed, item, location, order));
    }

    private async Task<DigestStory> BuildStoryAsync(FeedEntry entry, int maxQuotes, CancellationToken cancellationToken)
    {
        var item = entry.Item;
        var link = SourceLocation.FromLink(item.Link, entry.FeedLocation);
        var read = link is null ? null : await TryReadArticleAsync(link, cancellationToken);
        var fromExcerpt = read is null || read.IsPartial || read.Text.Length == 0;
        var article = read switch
        {
            null => FromFeedSummary(item),
            { Text.Length: 0 } => WithSummaryText(read, item, link!),
            _ => read,
        };
        var analysis = quotes.Extract(article.Text, maxQuotes);
        return new DigestStory(
            Title: article.Metadata.Title ?? item.Title ?? "(untitled)",
            Url: link?.Display ?? item.Link,
            Source: article.Metadata.SiteName ?? entry.Feed.Title ?? link?.Uri.Host,
            Published: item.Published ?? item.Updated ?? article.Metadata.Published,
            Analysis: analysis)
        { FromExcerpt = fromExcerpt };
    }

    private async Task<ExtractedArticle?> TryReadArticleAsync(SourceLocation link, CancellationToken cancellationToken)
    {
        try
        {
            return await articles.ReadAsync(link, cancellationToken);
        }
        catch (Exception e) when (e is SourceException or Ingestion.Http.FetchException)
        {
            logger.LogWarning("{Article}: {Reason}; using the feed's summary instead", link.Display, e.Message);
            return null;
        }
    }

    private ExtractedArticle WithSummaryText(ExtractedArticle empty, FeedItem item, SourceLocation link)
    {
        logger.LogWarning("{Article}: no article text ({Reason}); using the feed's summary instead", link.Display, empty.EmptyReason ?? "empty page");
        return empty with { Text = FromFeedSummary(item).Text };
    }

    private ExtractedArticle FromFeedSummary(FeedItem item)
    {
        var html = item.Content ?? item.Summary ?? string.Empty;
        var text = extractor.Extract($"<html><body><article>{html}</article></body></html>", pageUri: null).Text;
        return new ExtractedArticle(text, new ArticleMetadata { Title = item.Title }) { IsPartial = true };
    }
}
