namespace NewsBot.Engine.Delivery;

/// <summary>
/// The forum post later coverage of stories <paramref name="StoryIds"/> is appended to: the post message
/// <paramref name="Sequence"/> of digest <paramref name="DigestId"/> started (its receipt names the thread), or
/// <paramref name="ThreadId"/> when the story moved to a newer post.
/// </summary>
public sealed record AppendTarget(long DigestId, int Sequence, IReadOnlyList<long> StoryIds, string? ThreadId);
