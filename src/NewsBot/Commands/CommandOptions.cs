using System.ComponentModel.DataAnnotations;

namespace NewsBot.Commands;

/// <summary>The "Commands" settings section: how often members may ask for work that fetches from the web (moderators' limits: <see cref="Moderation.ModerationLimits"/>).</summary>
public sealed class CommandOptions
{
    public const string SectionName = "Commands";

    /// <summary>How many /quotes one member may ask for in a minute; each may fetch a page from the web.</summary>
    [Range(1, 60)]
    public int UserRequestsPerMinute { get; set; } = 5;
}
