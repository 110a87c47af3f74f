namespace NewsBot.Testing.FakeDiscord;

public sealed record FakeBucketLimit(int Limit, TimeSpan Period);
