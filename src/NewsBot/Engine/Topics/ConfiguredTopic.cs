using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Engine.Topics;

/// <summary>A topic declared in settings (<c>Topics:0:Name</c>, or <c>Topics__0__Name</c> in the environment).</summary>
public sealed class ConfiguredTopic
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Words, "phrases", OR, -exclusions; empty takes every article of the feeds.</summary>
    [StringLength(500)]
    public string Query { get; set; } = string.Empty;

    [Required, RegularExpression(@"^\d{17,20}$", ErrorMessage = "ChannelId must be a Discord channel id (17 to 20 digits).")]
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>daily 08:00, weekdays 07:30, every 6h, or a cron expression.</summary>
    [Required]
    public string Schedule { get; set; } = string.Empty;

    /// <summary>IANA time zone of the schedule.</summary>
    public string TimeZone { get; set; } = "UTC";

    [Range(1, 50)]
    public int MaxStories { get; set; } = 8;

    /// <summary>Two-letter language code; empty accepts every language.</summary>
    [RegularExpression("^([a-z]{2})?$", ErrorMessage = "Language must be a two-letter code such as en or de.")]
    public string? Language { get; set; }

    /// <summary>Forum tag names applied to each post when the channel is a forum (at most 5, each at most 20 characters).</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Crosspost each digest message when the channel is an announcement channel.</summary>
    public bool Publish { get; set; }

    /// <summary>The digest's accent colour, a hex like #1f8b4c; empty for none.</summary>
    [RegularExpression("^(#?[0-9A-Fa-f]{6})?$", ErrorMessage = "Color must be a hex colour such as #1f8b4c.")]
    public string? Color { get; set; }

    /// <summary>How this topic's digests are laid out, <c>embeds</c> or <c>components</c>; empty follows <c>Digests:Layout</c>.</summary>
    [RegularExpression("^(?i:embeds|components)?$", ErrorMessage = "Layout must be embeds or components (or empty for Digests:Layout).")]
    public string? Layout { get; set; }

    /// <summary>The language of this topic's digest words (<c>de</c>, <c>fr</c> …); empty follows <c>Digests:Locale</c>.</summary>
    public string? Locale { get; set; }

    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "MinLength counts a collection without reflection.")]
    [MinLength(1, ErrorMessage = "a topic needs at least one feed.")]
    public List<string> Feeds { get; set; } = [];
}
