namespace NewsBot.Discord.Models;

/// <summary>Which mentions in a message may ping. NewsBot always sends <see cref="None"/>.</summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    /// <summary>Subset of "users", "roles", "everyone"; empty means nothing pings.</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];

    public IReadOnlyList<string>? Users { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public bool? RepliedUser { get; init; }
}
