namespace NewsBot.Discord.Models;

/// <summary>Start Thread in Forum Channel: the post's title and first message.</summary>
public sealed record ForumThreadPayload
{
    public required string Name { get; init; }

    /// <summary>Minutes: 60, 1440, 4320 or 10080.</summary>
    public int? AutoArchiveDuration { get; init; }

    public required MessagePayload Message { get; init; }
    public IReadOnlyList<string>? AppliedTags { get; init; }
}
