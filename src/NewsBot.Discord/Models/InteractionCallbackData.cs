namespace NewsBot.Discord.Models;

/// <summary>A reply's message fields, or an autocomplete result's choices.</summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}
