namespace NewsBot.Core.Storage;

/// <summary>What one digest does to the outbox and the story memory, written together by <see cref="IStoryMemory.RecordDigestAsync"/>.</summary>
/// <param name="Messages">The digest's own messages (none when it only edits earlier ones).</param>
public sealed record StoryDigest(string IdempotencyKey, IReadOnlyList<OutgoingMessage> Messages, TopicWindowDone Window)
{
    /// <summary>Stories this digest delivers, each placed in one of <see cref="Messages"/>.</summary>
    public IReadOnlyList<NewStory> Delivered { get; init; } = [];

    /// <summary>Earlier stories that gained coverage in this window.</summary>
    public IReadOnlyList<StoryRevision> Revised { get; init; } = [];

    /// <summary>Edits of earlier messages, each queued as a digest of its own so one refused edit gives up nothing else.</summary>
    public IReadOnlyList<QueuedEdit> Edits { get; init; } = [];
}
