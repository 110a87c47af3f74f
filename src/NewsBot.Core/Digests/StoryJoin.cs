namespace NewsBot.Core.Digests;

/// <summary>New articles that report an earlier story (<paramref name="StoryId"/>).</summary>
public sealed record StoryJoin(long StoryId, IReadOnlyList<StoryCandidate> Articles);
