namespace NewsBot.Discord.Models.Components;

/// <summary>A row of up to five buttons, or one select menu.</summary>
public sealed record ActionRow(IReadOnlyList<Component> Components) : Component
{
    public override IEnumerable<Component> Nested() => Components;
}
