using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>Fetches and parses a feed on a moderator's request, turning every failure into a sentence for them, in their language.</summary>
internal sealed class FeedProbe(IWebFetcher fetcher, FeedParser parser, SitemapFollower sitemaps)
{
    private const int MaxReasonLength = 300;

    public async Task<FeedProbeResult> ProbeAsync(Uri uri, ReplyTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        try
        {
            var fetched = await fetcher.FetchAsync(uri, conditional: null, cancellationToken);
            var feed = await sitemaps.ResolveAsync(
                parser.Parse(fetched.Content, fetched.FinalUri, fetched.Charset, fetched.ContentLanguage), cancellationToken);
            return new FeedProbeResult(feed, fetched.FinalUri, Error: null);
        }
        catch (FetchException e) when (e.Failure == FetchFailure.RefusedAddress)
        {
            return FeedProbeResult.Failed(texts.Get("feed.privateAddress"));
        }
        catch (FetchException e)
        {
            return FeedProbeResult.Failed(texts.Get("feed.unreadable", ("reason", DisplayText.Markdown(e.Message, MaxReasonLength))));
        }
        catch (FeedFormatException)
        {
            return FeedProbeResult.Failed(texts.Get("feed.notAFeed")) with { NotAFeed = true };
        }
    }
}
