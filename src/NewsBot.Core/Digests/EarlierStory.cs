namespace NewsBot.Core.Digests;

/// <summary>A story an earlier digest delivered, as the clusterer saw its articles then.</summary>
public sealed record EarlierStory(long Id, IReadOnlyList<StoryCandidate> Members);
