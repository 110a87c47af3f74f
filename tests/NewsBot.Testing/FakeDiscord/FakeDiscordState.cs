using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Everything the fake Discord knows: channels, webhooks, messages, commands and interactions.</summary>
public sealed class FakeDiscordState
{
    private long _nextId = 1_100_000_000_000_000_000;
    private FakeGuild? _guild;

    internal Lock Gate { get; } = new();

    /// <summary>The one guild every channel belongs to.</summary>
    public string GuildId { get; init; } = "500";
    /// <summary>Owner, roles, members and channel overwrites of <see cref="GuildId"/>; by default the bot may post everywhere.</summary>
    public FakeGuild Guild => LazyInitializer.EnsureInitialized(ref _guild, () => new FakeGuild(GuildId));

    public ConcurrentDictionary<string, FakeChannelKind> Channels { get; } = new() { ["100"] = FakeChannelKind.Text, ["200"] = FakeChannelKind.Forum };
    public ConcurrentDictionary<string, (string Token, string ChannelId)> Webhooks { get; } = new() { ["300"] = ("hook-token", "100") };
    public FakeMessageCollection Messages { get; } = new();

    /// <summary>Forum tags and posts, and crossposts.</summary>
    public FakeForums Forums { get; } = new();
    public ConcurrentDictionary<string, FakeInteraction> Interactions { get; } = new();

    /// <summary>Registered commands by scope: "global" or the guild id.</summary>
    public ConcurrentDictionary<string, JsonArray> Commands { get; } = new();

    public int GlobalCommandPuts { get; internal set; }

    /// <summary>Creates answered with an earlier message because of enforce_nonce: proof that a resend was deduplicated.</summary>
    public int DuplicateNoncesAnswered { get; internal set; }

    internal FakeNonces Nonces { get; } = new();

    /// <summary>Single-command creates per scope (Discord allows 200 per guild per day).</summary>
    public ConcurrentDictionary<string, int> CommandCreates { get; } = new();

    /// <summary>session_start_limit.remaining: identifies use it up, resumes do not.</summary>
    public int SessionStartsRemaining { get; internal set; } = 1000;

    public string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public FakeInteraction? InteractionByToken(string token) => Interactions.Values.FirstOrDefault(i => i.Token == token);

    internal FakeMessage Store(string channelId, JsonObject body, bool usersOnlyByDefault)
    {
        var (everyone, users, roles) = FakeMentions.Compute(body, usersOnlyByDefault);
        var message = new FakeMessage(NextId(), channelId, body, everyone, users, roles);
        Messages.Enqueue(message);
        return message;
    }
}
