namespace NewsBot.Core.Digests;

/// <summary>An article as the clusterer sees it: its headline, its opening words and who published it when.</summary>
public sealed record StoryCandidate(string Key, string Title, string? Lead, string? Outlet, DateTimeOffset? Published);
