namespace NewsBot.Discord.Models.Components;

/// <summary>A box around components (rows, text, sections, separators) with an optional colour bar, like an embed's.</summary>
public sealed record Container(IReadOnlyList<Component> Components) : Component
{

    /// <summary>0xRRGGBB.</summary>
    public int? AccentColor { get; init; }

    public bool? Spoiler { get; init; }
    public override IEnumerable<Component> Nested() => Components;
}
