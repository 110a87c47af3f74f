namespace NewsBot.Discord.Models;

/// <summary>A channel's allow/deny bits for one role (the @everyone role has the guild's id) or one member.</summary>
public sealed record PermissionOverwrite
{
    public string Id { get; init; } = "";
    public PermissionOverwriteType Type { get; init; }

    /// <summary>Decimal bitset strings, as Discord sends them.</summary>
    public string Allow { get; init; } = "0";

    public string Deny { get; init; } = "0";
}
