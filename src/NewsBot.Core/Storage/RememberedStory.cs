namespace NewsBot.Core.Storage;

/// <summary>A delivered story: where it was posted (digest, message, embed), when, and the engine's opaque state.</summary>
/// <param name="State">What the engine wrote (members, outlets, quotes); the store gives it back unchanged.</param>
public sealed record RememberedStory(
    long Id,
    long TopicId,
    long DigestId,
    int Sequence,
    int EmbedIndex,
    string State,
    DateTimeOffset DeliveredAt,
    DateTimeOffset LastSeenAt)
{
    /// <summary>False once an edit of its message was refused for good: later coverage is mentioned, not edited in.</summary>
    public bool Editable { get; init; } = true;

    /// <summary>
    /// The forum post the story lives in when it moved to a new post (its first post deleted or locked); null when it is
    /// where its message's receipt says, or in no forum.
    /// </summary>
    public string? ThreadId { get; init; }

    /// <summary>Later coverage waits for a "More on earlier stories" line in the topic's next digest.</summary>
    public bool MentionPending { get; init; }
}
