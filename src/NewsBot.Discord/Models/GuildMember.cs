namespace NewsBot.Discord.Models;

public sealed record GuildMember
{
    public User? User { get; init; }

    /// <summary>The member's role ids; the @everyone role is implied and not listed.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The member's permissions in the interaction's channel, overwrites included (a decimal bitset string).</summary>
    public string? Permissions { get; init; }
}
