using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Tests.Fakes;

/// <summary>Topics a test adds; the poller only reads them.</summary>
internal sealed class InMemoryTopicStore : ITopicStore
{
    private readonly List<Topic> _topics = [];

    public void Add(Topic topic) => _topics.Add(topic with { Id = _topics.Count + 1 });

    public Task<IReadOnlyList<Topic>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Topic>>([.. _topics.OrderBy(t => t.Name, StringComparer.Ordinal)]);

    public Task<Topic?> GetAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_topics.FirstOrDefault(t => t.Id == id));

    public Task<Topic?> FindAsync(string? guildId, string name, CancellationToken cancellationToken) =>
        Task.FromResult(_topics.FirstOrDefault(t => t.GuildId == guildId && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)));

    public Task<Topic> SaveAsync(Topic topic, string actor, string action, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never changes topics.");

    public Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never changes topics.");

    public Task MarkDigestedAsync(long id, DateTimeOffset windowEnd, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never composes digests.");

    public Task<IReadOnlyList<TopicChange>> ListChangesAsync(long id, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TopicChange>>([]);
}
