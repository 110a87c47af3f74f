namespace NewsBot.Discord.Models;

/// <summary>A tag a forum (or media) channel offers its posts; a new tag is sent without an id and Discord assigns one.</summary>
public sealed record ForumTag
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public bool Moderated { get; init; }
    public string? EmojiId { get; init; }
    public string? EmojiName { get; init; }
}
