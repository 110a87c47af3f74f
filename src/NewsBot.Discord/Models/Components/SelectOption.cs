namespace NewsBot.Discord.Models.Components;

/// <summary>One option of a <see cref="StringSelect"/>: what the member reads (label, description) and what comes back (value).</summary>
public sealed record SelectOption(string Label, string Value)
{
    public string? Description { get; init; }
}
