namespace NewsBot.Testing.FakeDiscord;

/// <summary>How strict the fake is. Limits are small and configurable so tests reach them quickly.</summary>
public sealed record FakeDiscordOptions
{
    public string Token { get; init; } = "fake-bot-token.NDI0MjQy.secret";
    public string ApplicationId { get; init; } = "900000000000000001";

    /// <summary>GET /users/@me. Apps made today have a bot user with the application's id; tests may set another to tell them apart.</summary>
    public string BotUserId { get; init; } = "900000000000000001";

    /// <summary>Limits per bucket name (see <see cref="FakeBuckets"/>); other buckets allow 1000 per second.</summary>
    public IReadOnlyDictionary<string, FakeBucketLimit> Buckets { get; init; } = new Dictionary<string, FakeBucketLimit>();

    public int GlobalLimitPerSecond { get; init; } = 50;

    /// <summary>Off: no rate-limit headers and no 429s (for throughput measurements).</summary>
    public bool RateLimitsEnabled { get; init; } = true;

    /// <summary>Models the 10,000 invalid requests per 10 minutes IP ban, scaled down.</summary>
    public int InvalidRequestLimit { get; init; } = 100;

    /// <summary>How long enforce_nonce remembers a nonce ("the past few minutes" in Discord's docs), on the fake's clock.</summary>
    public TimeSpan NonceWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// For harnesses whose subject is what a command answers, not how fast, on the real clock: a heavily loaded machine can
    /// take more than Discord's 3 s to acknowledge, or miss a 500-ms heartbeat for over 1.5 s. The router's own defer deadline
    /// and the heartbeat timeout are tested in NewsBot.Discord.Tests.
    /// </summary>
    public static FakeDiscordOptions LoadTolerant { get; } = new() { InteractionDeadline = TimeSpan.FromSeconds(30), HeartbeatTimeoutIntervals = 60 };

    public TimeSpan InteractionDeadline { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A connection without a heartbeat for this many intervals is closed.</summary>
    public double HeartbeatTimeoutIntervals { get; init; } = 3;

    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);
    public int GatewaySendLimit { get; init; } = 120;
    public TimeSpan GatewaySendPeriod { get; init; } = TimeSpan.FromSeconds(60);
}
