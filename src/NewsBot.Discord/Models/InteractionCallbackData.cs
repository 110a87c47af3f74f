using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Models;

/// <summary>A reply's message fields, or an autocomplete result's choices.</summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>With <see cref="MessageFlags.IsComponentsV2"/>, the whole message (content and embeds must be absent).</summary>
    public IReadOnlyList<Component>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}
