using NewsBot.Core.Storage;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed pause and /feed resume switch the moderator's own server's subscription to a feed, never another server's: a
/// feed stays polled while some server follows it unpaused, and a server's automatic pause stays until that server
/// resumes it. The schedule follows at once (a feed nobody follows unpaused has no poll job).
/// </summary>
internal sealed class FeedPauseSwitch(
    ServerTopics lookup, ITopicStore topics, IFeedStateStore states, IFeedSubscriptionStore subscriptions, EngineScheduler scheduler, TimeProvider time)
{
    public async Task<string> PauseAsync(FeedRequest request, string url, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, url, cancellationToken) is not { } feed)
            return NotOurs(request, url);
        if (!await subscriptions.PauseAsync(request.GuildId, feed, new FeedPause(time.GetUtcNow(), Reason: null, request.UserId), cancellationToken))
            return request.Texts.Get("feed.alreadyPaused", ("url", FeedText.Url(feed)));
        await RecordAsync(request, feed, "feed paused", cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        return request.Texts.Get("feed.paused", ("url", FeedText.Url(feed)));
    }

    public async Task<string> ResumeAsync(FeedRequest request, string url, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, url, cancellationToken) is not { } feed)
            return NotOurs(request, url);
        var resumed = await subscriptions.ResumeAsync(request.GuildId, feed, cancellationToken);
        // The fetch starts afresh (no back-off left to wait out); another server's pause is its own and stays.
        var state = await states.GetAsync(feed, cancellationToken) ?? new FeedState { FeedUrl = feed };
        await states.SaveAsync(state with { ConsecutiveFailures = 0, LastError = null }, cancellationToken);
        await RecordAsync(request, feed, "feed resumed", cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        return request.Texts.Get(resumed ? "feed.resumed" : "feed.reset", ("url", FeedText.Url(feed)));
    }

    /// <summary>Every moderator change goes into the history of the server's topics that follow the feed.</summary>
    private async Task RecordAsync(FeedRequest request, string feed, string action, CancellationToken cancellationToken)
    {
        foreach (var topic in (await lookup.InGuildAsync(request.GuildId, cancellationToken)).Where(t => t.Feeds.Contains(feed, StringComparer.Ordinal)))
            await topics.SaveAsync(topic, request.UserId, $"{action}: {feed}", cancellationToken);
    }

    private async Task<string?> FindAsync(FeedRequest request, string url, CancellationToken cancellationToken) =>
        FeedAddress.FindIn((await lookup.InGuildAsync(request.GuildId, cancellationToken)).SelectMany(t => t.Feeds), url);

    private static string NotOurs(FeedRequest request, string url) => request.Texts.Get("feed.notOurs", ("url", FeedText.Url(url)));
}
