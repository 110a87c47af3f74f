namespace NewsBot.Discord.Models;

public sealed record Channel
{
    public string Id { get; init; } = "";
    public int Type { get; init; }
    public string? Name { get; init; }
    public string? ParentId { get; init; }
    public string? GuildId { get; init; }

    /// <summary>Guild channels only; applied over the guild-level role permissions (see Permissions.ChannelPermissions).</summary>
    public IReadOnlyList<PermissionOverwrite>? PermissionOverwrites { get; init; }

    /// <summary>The tags a forum or media channel offers (at most 20).</summary>
    public IReadOnlyList<ForumTag>? AvailableTags { get; init; }

    /// <summary>A thread's metadata: archived and locked (a locked thread takes no messages: 160005).</summary>
    public ThreadMetadata? ThreadMetadata { get; init; }

    /// <summary>The first message of a thread created in a forum.</summary>
    public Message? Message { get; init; }
}
