using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The topic store in memory: topics by id, a last digest time that never moves back, and saves that refuse a name the
/// guild already uses, as the SQLite store does.
/// </summary>
internal sealed class InMemoryTopicStore : ITopicStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Topic> _topics = [];
    private readonly List<TopicChange> _changes = [];

    /// <summary>What the store stamps on new topics and changes.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Every recorded change, oldest first.</summary>
    public IReadOnlyList<TopicChange> Changes
    {
        get
        {
            lock (_gate)
                return [.. _changes];
        }
    }

    /// <summary>Runs once before the next save, as another instance writing between this one's read and write.</summary>
    public Action? BeforeNextSave { get; set; }

    /// <summary>Puts a topic in as it is, without a change record; one without an id gets the next.</summary>
    public void Add(Topic topic)
    {
        lock (_gate)
        {
            var id = topic.Id != 0 ? topic.Id : _topics.Keys.DefaultIfEmpty(0).Max() + 1;
            _topics[id] = topic with { Id = id };
        }
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

    public Task<Topic?> FindAsync(string? guildId, string name, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_topics.Values.FirstOrDefault(t => SameName(t, guildId, name)));
    }

    public Task<Topic> SaveAsync(Topic topic, string actor, string action, CancellationToken cancellationToken)
    {
        var beforeSave = BeforeNextSave;
        BeforeNextSave = null;
        beforeSave?.Invoke();
        lock (_gate)
        {
            if (_topics.Values.Any(t => t.Id != topic.Id && SameName(t, topic.GuildId, topic.Name)))
                throw new InvalidOperationException($"A topic named '{topic.Name}' already exists.");
            var saved = topic.Id == 0
                ? topic with { Id = _topics.Keys.DefaultIfEmpty(0).Max() + 1, CreatedAt = Now }
                : _topics.TryGetValue(topic.Id, out var stored)
                    ? topic with { CreatedAt = stored.CreatedAt, LastDigestAt = stored.LastDigestAt }
                    : throw new InvalidOperationException($"There is no topic with id {topic.Id} to update.");
            _topics[saved.Id] = saved;
            _changes.Add(new TopicChange(saved.Id, saved.Name, actor, action, Now));
            return Task.FromResult(saved);
        }
    }

    public Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_topics.Remove(id, out var removed))
                return Task.FromResult(false);
            _changes.Add(new TopicChange(id, removed.Name, actor, "deleted", Now));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<TopicChange>> ListChangesAsync(long id, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<TopicChange>>([.. _changes.Where(c => c.TopicId == id).Reverse().Take(limit)]);
    }

    private static bool SameName(Topic topic, string? guildId, string name) =>
        (topic.GuildId ?? "") == (guildId ?? "") && string.Equals(topic.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
}
