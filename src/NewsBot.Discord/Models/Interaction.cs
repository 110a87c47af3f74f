namespace NewsBot.Discord.Models;

/// <summary>INTERACTION_CREATE's payload.</summary>
public sealed record Interaction
{
    public string Id { get; init; } = "";
    public string ApplicationId { get; init; } = "";
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }

    /// <summary>The invoker in a server; absent in DMs, where <see cref="User"/> is set instead.</summary>
    public GuildMember? Member { get; init; }

    public User? User { get; init; }
    public string Token { get; init; } = "";
    public string? AppPermissions { get; init; }

    /// <summary>The invoker's client language ("de", "pt-BR"); Discord sends it with every interaction but a ping.</summary>
    public string? Locale { get; init; }

    /// <summary>Where it was used (<see cref="CommandScope"/>: 0 a server, 1 the bot's DM, 2 another DM).</summary>
    public int? Context { get; init; }

    /// <summary>
    /// Which installations allowed the use, by integration type ("0": the server's id, "1": the installing user's id). A
    /// command used in a server through a member's own installation has no "0": NewsBot is not in that server.
    /// </summary>
    public IReadOnlyDictionary<string, string>? AuthorizingIntegrationOwners { get; init; }
}
