using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The story memory port in memory, writing digests and edits to the fake outbox (and through it the window to the
/// topic store); a key seen before changes nothing, as in the SQLite store.
/// </summary>
internal sealed class InMemoryStoryMemory(InMemoryOutbox outbox, TimeProvider? time = null) : IStoryMemory
{
    private readonly Lock _gate = new();
    private readonly List<RememberedStory> _stories = [];
    private long _nextId;

    public IReadOnlyList<RememberedStory> All
    {
        get { lock (_gate) return [.. _stories]; }
    }

    public Task<IReadOnlyList<RememberedStory>> RecentAsync(long topicId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<RememberedStory>>([.. _stories.Where(s => s.TopicId == topicId && s.LastSeenAt >= since).OrderBy(s => s.DeliveredAt).ThenBy(s => s.Id)]);
    }

    public Task<IReadOnlyList<RememberedStory>> InMessageAsync(long digestId, int sequence, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<RememberedStory>>([.. _stories.Where(s => s.DigestId == digestId && s.Sequence == sequence).OrderBy(s => s.EmbedIndex)]);
    }

    public async Task<StoredDigest> RecordDigestAsync(StoryDigest digest, CancellationToken cancellationToken)
    {
        var known = outbox.Digests.Any(d => d.IdempotencyKey == digest.IdempotencyKey);
        var stored = await outbox.CreateDigestForWindowAsync(digest.IdempotencyKey, digest.Messages, digest.Window, cancellationToken);
        if (known)
            return stored;
        foreach (var edit in digest.Edits)
            await outbox.CreateDigestAsync(edit.IdempotencyKey, [edit.Message], cancellationToken);
        var now = time?.GetUtcNow() ?? DateTimeOffset.UnixEpoch;
        lock (_gate)
        {
            foreach (var story in digest.Delivered)
                _stories.Add(new RememberedStory(++_nextId, digest.Window.TopicId, stored.Id, story.Sequence, story.EmbedIndex, story.State, now, now));
            foreach (var revision in digest.Revised)
                Update(revision.StoryId, s => s with { State = revision.State, LastSeenAt = now, Editable = revision.Editable, MentionPending = revision.MentionPending });
        }
        return stored;
    }

    public Task MarkUneditableAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in storyIds)
                Update(id, s => s with { Editable = false, MentionPending = true });
        }
        return Task.CompletedTask;
    }

    public Task MoveToThreadAsync(IReadOnlyCollection<long> storyIds, string threadId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in storyIds)
                Update(id, s => s with { ThreadId = threadId });
        }
        return Task.CompletedTask;
    }

    public Task<int> PruneOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_stories.RemoveAll(s => s.LastSeenAt < cutoff));
    }

    private void Update(long id, Func<RememberedStory, RememberedStory> change)
    {
        var index = _stories.FindIndex(s => s.Id == id);
        if (index >= 0)
            _stories[index] = change(_stories[index]);
    }
}
