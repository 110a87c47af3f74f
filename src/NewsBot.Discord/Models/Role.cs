namespace NewsBot.Discord.Models;

/// <summary>A guild role. The @everyone role has the guild's id.</summary>
public sealed record Role
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }

    /// <summary>The role's guild-wide permissions (a decimal bitset string).</summary>
    public string Permissions { get; init; } = "0";

    public int Position { get; init; }
}
