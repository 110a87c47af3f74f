using System.Collections.Concurrent;
using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

internal sealed class InMemoryFeedStateStore : IFeedStateStore
{
    private readonly ConcurrentDictionary<string, FeedState> _states = new(StringComparer.Ordinal);

    public FeedState? this[string feedUrl] => _states.GetValueOrDefault(feedUrl);

    public Task<FeedState?> GetAsync(string feedUrl, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(feedUrl));

    public Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedState>>([.. _states.Values.OrderBy(s => s.FeedUrl, StringComparer.Ordinal)]);

    public Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        _states[state.FeedUrl] = state;
        return Task.CompletedTask;
    }
}
