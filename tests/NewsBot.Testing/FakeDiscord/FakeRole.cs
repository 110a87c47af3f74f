namespace NewsBot.Testing.FakeDiscord;

public sealed record FakeRole(string Name, ulong Permissions, int Position);
