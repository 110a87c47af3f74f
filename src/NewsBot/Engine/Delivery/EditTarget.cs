namespace NewsBot.Engine.Delivery;

/// <summary>
/// The earlier outbox message an edit rewrites (message <paramref name="Sequence"/> of digest <paramref name="DigestId"/>;
/// its receipt says where it landed) and the remembered stories it carries, marked uneditable if Discord refuses the edit.
/// </summary>
public sealed record EditTarget(long DigestId, int Sequence, IReadOnlyList<long> StoryIds);
