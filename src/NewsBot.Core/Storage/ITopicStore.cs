using NewsBot.Core.Topics;

namespace NewsBot.Core.Storage;

public interface ITopicStore
{
    /// <summary>Every topic with its feeds, by name.</summary>
    Task<IReadOnlyList<Topic>> ListAsync(CancellationToken cancellationToken);

    Task<Topic?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The topic of that name (case-insensitive) in the guild; a null guild finds topics without one.</summary>
    Task<Topic?> FindAsync(string? guildId, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts (<see cref="Topic.Id"/> 0; the store stamps <see cref="Topic.CreatedAt"/>) or updates the topic and
    /// replaces its feeds, and records <paramref name="action"/> by <paramref name="actor"/> in its history.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another topic of the guild has that name.</exception>
    Task<Topic> SaveAsync(Topic topic, string actor, string action, CancellationToken cancellationToken);

    /// <summary>Deletes the topic and records it; false when there was no such topic.</summary>
    Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken);

    /// <summary>Sets <see cref="Topic.LastDigestAt"/>; never moves it backwards.</summary>
    Task MarkDigestedAsync(long id, DateTimeOffset windowEnd, CancellationToken cancellationToken);

    /// <summary>The latest changes of a topic, newest first.</summary>
    Task<IReadOnlyList<TopicChange>> ListChangesAsync(long id, int limit, CancellationToken cancellationToken);
}
