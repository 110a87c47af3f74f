using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Digests;

/// <summary>A story no earlier digest delivered: how it shows, and what the story memory keeps of it.</summary>
public sealed record FreshStory(CoveredStory Covered, StoryState State);
