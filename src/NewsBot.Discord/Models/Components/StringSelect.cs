namespace NewsBot.Discord.Models.Components;

/// <summary>A menu of text options; alone in its action row. Its interaction carries the custom id and the values picked.</summary>
public sealed record StringSelect(string CustomId, IReadOnlyList<SelectOption> Options) : Component
{
    public string? Placeholder { get; init; }
    public int? MinValues { get; init; }
    public int? MaxValues { get; init; }
}
