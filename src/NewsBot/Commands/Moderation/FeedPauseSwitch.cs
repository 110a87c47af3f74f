using NewsBot.Core.Storage;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed pause and /feed resume. A feed's state is shared by every topic that follows it, so only feeds of the
/// moderator's own server can be switched; the schedule follows at once (a paused feed has no poll job).
/// </summary>
internal sealed class FeedPauseSwitch(FeedTopicLookup lookup, ITopicStore topics, IFeedStateStore states, EngineScheduler scheduler)
{
    public async Task<string> PauseAsync(FeedRequest request, string url, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, url, cancellationToken) is not { } feed)
            return NotOurs(url);
        var state = await states.GetAsync(feed, cancellationToken) ?? new FeedState { FeedUrl = feed };
        if (state.IsPaused)
            return $"{FeedText.Url(feed)} is already paused; `/feed resume` polls it again.";
        await states.SaveAsync(state with { IsPaused = true }, cancellationToken);
        await RecordAsync(request, feed, "feed paused", cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        return $"Paused {FeedText.Url(feed)}: NewsBot stops polling it until a moderator runs `/feed resume`.";
    }

    public async Task<string> ResumeAsync(FeedRequest request, string url, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, url, cancellationToken) is not { } feed)
            return NotOurs(url);
        var state = await states.GetAsync(feed, cancellationToken) ?? new FeedState { FeedUrl = feed };
        await states.SaveAsync(state with { IsPaused = false, ConsecutiveFailures = 0, LastError = null }, cancellationToken);
        await RecordAsync(request, feed, "feed resumed", cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        var was = state.IsPaused ? "Resumed" : "Reset the failure count of";
        return $"{was} {FeedText.Url(feed)}: NewsBot polls it again within a minute.";
    }

    /// <summary>Every moderator change goes into the history of the server's topics that follow the feed.</summary>
    private async Task RecordAsync(FeedRequest request, string feed, string action, CancellationToken cancellationToken)
    {
        foreach (var topic in (await lookup.InGuildAsync(request.GuildId, cancellationToken)).Where(t => t.Feeds.Contains(feed, StringComparer.Ordinal)))
            await topics.SaveAsync(topic, request.UserId, $"{action}: {feed}", cancellationToken);
    }

    private async Task<string?> FindAsync(FeedRequest request, string url, CancellationToken cancellationToken) =>
        FeedAddress.FindIn((await lookup.InGuildAsync(request.GuildId, cancellationToken)).SelectMany(t => t.Feeds), url);

    private static string NotOurs(string url) => $"{FeedText.Url(url)} is not a feed of any topic in this server; `/feed list` shows them.";
}
