namespace NewsBot.Discord.Models;

public sealed record InteractionData
{
    public string? Id { get; init; }
    public string Name { get; init; } = "";
    public int Type { get; init; } = 1;
    public IReadOnlyList<InteractionOption>? Options { get; init; }
}
