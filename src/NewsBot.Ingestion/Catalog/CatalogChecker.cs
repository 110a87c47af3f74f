using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Catalog;

/// <summary>
/// Fetches every source of the catalogue (or one country's) once, through the guarded fetcher, and says how each is
/// doing: what a maintainer runs before a release (<c>newsbot sources check</c>). A sitemap index is not followed:
/// its child sitemaps are counted.
/// </summary>
public sealed class CatalogChecker(IWebFetcher fetcher, FeedParser parser)
{
    private const int ParallelChecks = 4;

    public async Task<IReadOnlyList<SourceCheck>> CheckAsync(IReadOnlyList<CatalogOutlet> outlets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        var checks = new SourceCheck[outlets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, outlets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelChecks, CancellationToken = cancellationToken },
            async (index, token) => checks[index] = await CheckAsync(outlets[index], token));
        return checks;
    }

    private async Task<SourceCheck> CheckAsync(CatalogOutlet outlet, CancellationToken cancellationToken)
    {
        try
        {
            using var fetched = await fetcher.FetchAsync(outlet.SourceUrl, conditional: null, cancellationToken);
            var feed = parser.Parse(fetched.Content, fetched.FinalUri, fetched.Charset, fetched.ContentLanguage);
            if (feed.Format == "unknown")
                return new SourceCheck(outlet, "not a feed", 0, null, feed.Warnings.Count > 0 ? feed.Warnings[0] : null);
            var moved = fetched.FinalUri.AbsoluteUri != outlet.SourceUrl.AbsoluteUri;
            return new SourceCheck(outlet, moved ? "moved" : "ok", feed.Items.Count, Newest(feed), moved ? fetched.FinalUri.AbsoluteUri : null);
        }
        catch (FetchException e) when (e.StatusCode is 404 or 410)
        {
            return new SourceCheck(outlet, "gone", 0, null, e.Message);
        }
        catch (FetchException e)
        {
            return new SourceCheck(outlet, "failed", 0, null, e.Message);
        }
        catch (FeedFormatException e)
        {
            return new SourceCheck(outlet, "not a feed", 0, null, e.Message);
        }
    }

    private static DateTimeOffset? Newest(Feed feed) => feed.Items.Max(item => item.Published ?? item.Updated);
}
