namespace NewsBot.Discord.Models;

public sealed record Guild
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }

    /// <summary>The owner has every permission, whatever the roles say.</summary>
    public string? OwnerId { get; init; }

    public IReadOnlyList<Role> Roles { get; init; } = [];
}
