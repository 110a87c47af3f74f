using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Http;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Takes whatever address a moderator typed, a feed or any page, and finds its feeds through discovery (one request when
/// it is a feed). A page that cannot be fetched at all gets the same sentences a feed that cannot be fetched always got.
/// </summary>
internal sealed class FeedFinder(FeedDiscoverer discoverer)
{
    private const int MaxReasonLength = 300;
    private const int MaxTriedLines = 8;

    // Under Discord's 2,000 characters, whatever the addresses' lengths.
    private const int MaxReplyLength = 1900;

    public async Task<FeedFinding> FindAsync(Uri uri, ReplyTexts texts, CancellationToken cancellationToken)
    {
        var result = await discoverer.DiscoverAsync(uri, cancellationToken);
        var error = result.PageFailure switch
        {
            null => null,
            { Failure: FetchFailure.RefusedAddress } => texts.Get("feed.privateAddress"),
            var failure => texts.Get("feed.unreadable", ("reason", DisplayText.Markdown(failure.Message, MaxReasonLength))),
        };
        return new FeedFinding(result, error);
    }

    /// <summary>The reply when a page has no feed: what was tried, so the moderator can look for one themselves.</summary>
    public static string NoneFound(ReplyTexts texts, DiscoveryResult result)
    {
        var lines = result.Tried.Skip(1).Take(MaxTriedLines)
            .Select(t => texts.Get("feed.triedLine", ("url", FeedText.Url(t.Url.AbsoluteUri)), ("via", t.Via), ("outcome", t.Outcome)));
        var text = texts.Get("feed.noneFound", ("page", FeedText.Url(result.Page.AbsoluteUri)), ("count", TopicReplies.Number(texts, result.Requests)))
            + "\n" + string.Join("\n", lines);
        if (result.Untried > 0)
            text += "\n" + texts.Get("feed.untried", ("count", TopicReplies.Number(texts, result.Untried)));
        return text.Length <= MaxReplyLength ? text : text[..(MaxReplyLength - 1)] + "…";
    }

    /// <summary>The line saying which feed of the page was taken.</summary>
    public static string FoundOn(ReplyTexts texts, Uri page, DiscoveredFeed feed) =>
        texts.Get("feed.foundOn", ("page", FeedText.Url(page.AbsoluteUri)), ("title", Title(feed)), ("url", FeedText.Url(feed.Url.AbsoluteUri)), ("kind", feed.Kind));

    public static string Title(DiscoveredFeed feed) => string.IsNullOrWhiteSpace(feed.Title) ? "" : FeedText.Name(feed.Title) + " ";
}
