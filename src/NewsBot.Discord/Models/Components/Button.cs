namespace NewsBot.Discord.Models.Components;

/// <summary>A button; NewsBot sends link buttons only (<see cref="Link"/>), which need a URL and no custom id.</summary>
public sealed record Button(ButtonStyle Style) : Component
{
    public string? Label { get; init; }
    public string? Url { get; init; }
    public string? CustomId { get; init; }
    public bool? Disabled { get; init; }

    public static Button Link(string label, string url) => new(ButtonStyle.Link) { Label = label, Url = url };
}
