using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Tests.Publishing;

/// <summary>The topic store's digest side in memory: topics by id, and a last digest time that never moves back.</summary>
internal sealed class InMemoryTopicStore : ITopicStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Topic> _topics = [];

    public void Add(Topic topic)
    {
        lock (_gate)
            _topics[topic.Id] = topic;
    }

    public Task<Topic?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_topics.GetValueOrDefault(id));
    }

    public Task<IReadOnlyList<Topic>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<Topic>>([.. _topics.Values.OrderBy(t => t.Name, StringComparer.Ordinal)]);
    }

    public Task MarkDigestedAsync(long id, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var topic = _topics[id];
            if (topic.LastDigestAt is null || topic.LastDigestAt < windowEnd)
                _topics[id] = topic with { LastDigestAt = windowEnd };
        }
        return Task.CompletedTask;
    }

    public Task<Topic?> FindAsync(string? guildId, string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Topic> SaveAsync(Topic topic, string actor, string action, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<TopicChange>> ListChangesAsync(long id, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
}
