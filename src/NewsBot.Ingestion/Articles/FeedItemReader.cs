using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Articles;

/// <summary>
/// Reads the story behind a feed item: the article page when it can be read, else the feed's own summary marked
/// partial. A page that fails never fails the caller; it is logged and the summary stands in.
/// </summary>
public sealed class FeedItemReader(ArticleReader articles, ArticleExtractor extractor, ILogger logger)
{
    /// <param name="link">The item's article address; null reads the summary.</param>
    public async Task<ExtractedArticle> ReadAsync(FeedItem item, SourceLocation? link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var read = link is null ? null : await TryReadArticleAsync(link, cancellationToken);
        return read switch
        {
            null => FromFeedSummary(item),
            { Text.Length: 0 } => WithSummaryText(read, item, link!),
            _ => read,
        };
    }

    /// <summary>The item's summary (or content) as a partial article, with no request made.</summary>
    public ExtractedArticle FromFeedSummary(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var html = item.Content ?? item.Summary ?? string.Empty;
        var text = extractor.Extract($"<html><body><article>{html}</article></body></html>", pageUri: null).Text;
        return new ExtractedArticle(text, new ArticleMetadata { Title = item.Title }) { IsPartial = true };
    }

    private async Task<ExtractedArticle?> TryReadArticleAsync(SourceLocation link, CancellationToken cancellationToken)
    {
        try
        {
            return await articles.ReadAsync(link, cancellationToken);
        }
        catch (Exception e) when (e is SourceException or FetchException)
        {
            logger.LogWarning("{Article}: {Reason}; using the feed's summary instead", link.Display, e.Message);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any other failure (a charset, a parser bug) is this page's alone: the story still gets its summary.
            logger.LogWarning(e, "{Article}: reading failed unexpectedly; using the feed's summary instead", link.Display);
            return null;
        }
    }

    private ExtractedArticle WithSummaryText(ExtractedArticle empty, FeedItem item, SourceLocation link)
    {
        logger.LogWarning("{Article}: no article text ({Reason}); using the feed's summary instead", link.Display, empty.EmptyReason ?? "empty page");
        return empty with { Text = FromFeedSummary(item).Text, IsPartial = true };
    }
}
