using System.ComponentModel.DataAnnotations;

namespace NewsBot.Commands;

/// <summary>The "Commands" settings section: limits on what members and moderators may ask of the bot.</summary>
public sealed class CommandOptions
{
    public const string SectionName = "Commands";

    /// <summary>How many /quotes one member may ask for in a minute; each may fetch a page from the web.</summary>
    [Range(1, 60)]
    public int UserRequestsPerMinute { get; set; } = 5;

    /// <summary>How many topics one server may have.</summary>
    [Range(1, 100)]
    public int MaxTopicsPerGuild { get; set; } = 25;

    /// <summary>How many feeds one topic may follow.</summary>
    [Range(1, 200)]
    public int MaxFeedsPerTopic { get; set; } = 50;
}
