namespace NewsBot.Testing.FakeDiscord;

/// <summary>A post the fake's forum holds: its thread id, title and the tag ids applied to it.</summary>
public sealed record FakeThread(string Id, string ForumId, string Name, IReadOnlyList<string> AppliedTags);
