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
    public GuildMember? Member { get; init; }
    public User? User { get; init; }
    public string Token { get; init; } = "";
    public string? AppPermissions { get; init; }
}
