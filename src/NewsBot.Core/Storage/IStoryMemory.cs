namespace NewsBot.Core.Storage;

/// <summary>
/// The stories a topic's digests delivered, with the message that carried each, so later coverage updates the story
/// instead of posting it again. The store keeps each story's state unread, as the engine wrote it.
/// </summary>
public interface IStoryMemory
{
    /// <summary>The topic's stories last seen at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<RememberedStory>> RecentAsync(long topicId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The stories one message of a digest carries, in embed order (an edit rewrites all of them).</summary>
    Task<IReadOnlyList<RememberedStory>> InMessageAsync(long digestId, int sequence, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: stores the window's digest and marks the window done (as <see cref="IOutbox.CreateDigestForWindowAsync"/>
    /// does), queues each edit as a digest of its own, remembers the delivered stories and applies the revisions. When the
    /// digest's key exists, returns that digest and changes nothing, so a second run neither edits nor remembers twice.
    /// </summary>
    Task<StoredDigest> RecordDigestAsync(StoryDigest digest, CancellationToken cancellationToken);

    /// <summary>The messages carrying these stories cannot be edited any more (deleted, refused): later coverage is mentioned instead.</summary>
    Task MarkUneditableAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken);

    /// <summary>These stories' forum post was replaced by <paramref name="threadId"/>: later coverage is appended there.</summary>
    Task MoveToThreadAsync(IReadOnlyCollection<long> storyIds, string threadId, CancellationToken cancellationToken);

    /// <summary>Forgets stories last seen before <paramref name="cutoff"/> (for retention); returns how many.</summary>
    Task<int> PruneOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
