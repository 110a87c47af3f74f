using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Commands.Moderation;

/// <summary>Stores a topic change with who made it, then brings the schedule in step at once (no restart).</summary>
internal sealed class TopicSaver(ITopicStore store, EngineScheduler scheduler)
{
    /// <summary>The saved topic, or null when another topic of the guild took the name first.</summary>
    public async Task<Topic?> SaveAsync(Topic topic, string actor, string action, CancellationToken cancellationToken)
    {
        Topic saved;
        try
        {
            saved = await store.SaveAsync(topic, actor, action, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The name was checked before; this is a race with another moderator (or the settings sync).
            return null;
        }
        await scheduler.SyncAsync(cancellationToken);
        return saved;
    }

    public async Task<bool> DeleteAsync(Topic topic, string actor, CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteAsync(topic.Id, actor, cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        return deleted;
    }

    public Task<DateTimeOffset?> NextDigestAsync(long topicId, CancellationToken cancellationToken) =>
        scheduler.NextDigestAsync(topicId, cancellationToken);
}
