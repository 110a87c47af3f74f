namespace NewsBot.Discord.Models.Components;

/// <summary>One to three text displays beside an accessory (a thumbnail or a button).</summary>
public sealed record Section(IReadOnlyList<Component> Components, Component Accessory) : Component
{
    public override IEnumerable<Component> Nested() => [.. Components, Accessory];
}
