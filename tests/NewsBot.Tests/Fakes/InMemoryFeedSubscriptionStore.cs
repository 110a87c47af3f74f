using System.Collections.Concurrent;
using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>Subscriptions from the topic store's topics, pauses in memory, as the SQLite store keeps them.</summary>
internal sealed class InMemoryFeedSubscriptionStore(ITopicStore topics) : IFeedSubscriptionStore
{
    private readonly ConcurrentDictionary<(string Guild, string Feed), FeedPause> _pauses = new();

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(string? feedUrl, CancellationToken cancellationToken) =>
        [.. (await FollowedAsync(cancellationToken))
            .Where(k => feedUrl is null || k.Feed == feedUrl)
            .OrderBy(k => k.Feed, StringComparer.Ordinal)
            .ThenBy(k => k.Guild, StringComparer.Ordinal)
            .Select(k => new FeedSubscription(k.Guild, k.Feed) { Pause = _pauses.GetValueOrDefault(k) })];

    public Task<bool> PauseAsync(string guildId, string feedUrl, FeedPause pause, CancellationToken cancellationToken) =>
        Task.FromResult(_pauses.TryAdd((guildId, feedUrl), pause));

    public Task<bool> ResumeAsync(string guildId, string feedUrl, CancellationToken cancellationToken) =>
        Task.FromResult(_pauses.TryRemove((guildId, feedUrl), out _));

    public async Task<int> ForgetUnfollowedAsync(CancellationToken cancellationToken)
    {
        var followed = await FollowedAsync(cancellationToken);
        return _pauses.Keys.Count(k => !followed.Contains(k) && _pauses.TryRemove(k, out _));
    }

    private async Task<HashSet<(string Guild, string Feed)>> FollowedAsync(CancellationToken cancellationToken) =>
        [.. (await topics.ListAsync(cancellationToken)).SelectMany(t => t.Feeds.Select(f => (FeedSubscription.GuildOf(t), f)))];
}
