namespace NewsBot.Discord.Models;

/// <summary>Modify Channel with only the forum's tags: the whole list, existing tags with their ids, new ones without.</summary>
public sealed record ForumTagsPayload(IReadOnlyList<ForumTag> AvailableTags);
