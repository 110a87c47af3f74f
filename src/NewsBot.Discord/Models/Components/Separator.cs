namespace NewsBot.Discord.Models.Components;

/// <summary>Vertical space between components, with a line unless <see cref="Divider"/> is false.</summary>
public sealed record Separator : Component
{
    public bool? Divider { get; init; }
    public SeparatorSpacing? Spacing { get; init; }
}
