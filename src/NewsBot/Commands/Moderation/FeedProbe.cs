using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>Fetches and parses a feed on a moderator's request, turning every failure into a sentence for them.</summary>
internal sealed class FeedProbe(IWebFetcher fetcher, FeedParser parser)
{
    public const string PrivateAddress = "NewsBot never fetches addresses on private or local networks, so it cannot use this feed.";
    public const string NotAFeed = "NewsBot fetched it, but that page is not an RSS, Atom, RDF or JSON feed.";
    private const int MaxReasonLength = 300;

    public async Task<FeedProbeResult> ProbeAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            var fetched = await fetcher.FetchAsync(uri, conditional: null, cancellationToken);
            var feed = parser.Parse(fetched.Content, fetched.FinalUri, fetched.Charset, fetched.ContentLanguage);
            return new FeedProbeResult(feed, fetched.FinalUri, Error: null);
        }
        catch (FetchException e) when (e.Failure == FetchFailure.RefusedAddress)
        {
            return FeedProbeResult.Failed(PrivateAddress);
        }
        catch (FetchException e)
        {
            return FeedProbeResult.Failed("NewsBot could not fetch it: " + DisplayText.Markdown(e.Message, MaxReasonLength));
        }
        catch (FeedFormatException)
        {
            return FeedProbeResult.Failed(NotAFeed);
        }
    }
}
