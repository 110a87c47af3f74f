using NewsBot.Core.Storage;
using NewsBot.Engine.Topics;

namespace NewsBot.Engine.Polling;

/// <summary>
/// Which catalogue sources one minute's round polls: those due (never polled, or past their next poll or back-off),
/// least recently polled first, as many as <see cref="CatalogPollBudget"/> grants. An outlet left over keeps its old
/// last-poll time, so it comes first next minute: none starves however far the catalogue exceeds the cap.
/// </summary>
public sealed class CatalogPollRound(
    ITopicStore topics,
    IFeedSubscriptionStore subscriptions,
    IFeedStateStore states,
    CatalogTopicFeeds catalog,
    CatalogPollBudget budget,
    TimeProvider time)
{
    /// <summary>The catalogue sources some topic follows without a pause, polled by this round rather than by a job of their own.</summary>
    public async Task<IReadOnlyList<string>> WantedAsync(CancellationToken cancellationToken) =>
        [.. (await PolledFeeds.WantedAsync(await topics.ListAsync(cancellationToken), subscriptions, cancellationToken)).Where(catalog.IsCatalogSource)];

    public async Task<IReadOnlyList<string>> SelectAsync(CancellationToken cancellationToken)
    {
        var wanted = await WantedAsync(cancellationToken);
        if (wanted.Count == 0)
            return [];
        var now = time.GetUtcNow();
        var known = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.FeedUrl, StringComparer.Ordinal);
        var due = wanted
            .Select(url => (Url: url, State: known.GetValueOrDefault(url)))
            .Where(f => f.State?.NextPollAt is not { } next || next <= now)
            .OrderBy(f => f.State?.LastFetchedAt ?? DateTimeOffset.MinValue)
            .ThenBy(f => f.Url, StringComparer.Ordinal)
            .ToList();
        return [.. due.Take(budget.Take(due.Count)).Select(f => f.Url)];
    }
}
