namespace NewsBot.Testing.FakeDiscord;

/// <summary>A tag a fake forum offers its posts.</summary>
public sealed record FakeForumTag(string Id, string Name);
