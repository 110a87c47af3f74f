namespace NewsBot.Benchmarks.Engine;

/// <summary>One feed item: the event it reports (by seed), how this outlet words it, and when it ran.</summary>
internal sealed record StoryRef(int EventSeed, int Variant, DateTimeOffset Published);
