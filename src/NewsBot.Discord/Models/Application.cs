namespace NewsBot.Discord.Models;

public sealed record Application
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
}
