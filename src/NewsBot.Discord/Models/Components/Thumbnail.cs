namespace NewsBot.Discord.Models.Components;

/// <summary>A small image, only as a section's accessory.</summary>
public sealed record Thumbnail(UnfurledMedia Media) : Component
{

    /// <summary>Alt text, at most 1024 characters.</summary>
    public string? Description { get; init; }

    public bool? Spoiler { get; init; }
}
