namespace NewsBot.Discord.Models;

/// <summary>A slash command as registered with Discord (type 1 = CHAT_INPUT).</summary>
public sealed record ApplicationCommand
{
    public string? Id { get; init; }
    public int Type { get; init; } = 1;
    public required string Name { get; init; }
    public required string Description { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bitset as a string; "0" means administrators only. Handlers still check permissions themselves.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public IReadOnlyList<int>? Contexts { get; init; }
}
