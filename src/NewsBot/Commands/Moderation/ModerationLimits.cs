using System.ComponentModel.DataAnnotations;

namespace NewsBot.Commands.Moderation;

/// <summary>How much one server may configure ("Commands" section), so one server cannot load the bot for all.</summary>
public sealed class ModerationLimits
{
    public const string SectionName = "Commands";

    [Range(1, 500)]
    public int MaxTopicsPerGuild { get; set; } = 25;

    [Range(1, 500)]
    public int MaxFeedsPerTopic { get; set; } = 50;
}
