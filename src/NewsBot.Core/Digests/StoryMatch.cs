namespace NewsBot.Core.Digests;

/// <summary>New articles sorted against earlier stories: new stories, and the articles that join an earlier one.</summary>
public sealed record StoryMatch(IReadOnlyList<StoryCluster> NewStories, IReadOnlyList<StoryJoin> Joins);
