namespace NewsBot.Core.Topics;

/// <summary>
/// What a community follows: a query over some feeds, delivered as a digest to one channel on a schedule.
/// <see cref="Id"/> is 0 until the topic was stored.
/// </summary>
public sealed record Topic
{
    public long Id { get; init; }

    /// <summary>Unique per guild, compared case-insensitively.</summary>
    public required string Name { get; init; }

    /// <summary>The guild the channel belongs to; null for a configured topic whose channel was not looked up yet.</summary>
    public string? GuildId { get; init; }

    /// <summary>A <see cref="TopicQuery"/> text; empty matches every article of the topic's feeds.</summary>
    public string Query { get; init; } = string.Empty;

    public required string ChannelId { get; init; }

    /// <summary>As the moderator typed it: a phrase such as <c>daily 08:00</c> or a cron expression.</summary>
    public required string Schedule { get; init; }

    /// <summary>IANA time zone of <see cref="Schedule"/>.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The stories a digest shows when nobody said otherwise (also the command line's default).</summary>
    public const int DefaultMaxStories = 8;

    public int MaxStories { get; init; } = DefaultMaxStories;

    /// <summary>Two-letter language code; null accepts articles in any language.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<string> Feeds { get; init; } = [];

    /// <summary>Set when the topic takes its feeds from the outlet catalogue (kept in step with it); null for feeds added by hand.</summary>
    public CatalogSources? Catalog { get; init; }

    /// <summary>The digest's accent colour (0xRRGGBB), a container's or embed's side bar; null for Discord's default.</summary>
    public int? AccentColor { get; init; }

    /// <summary>How this topic's digests are laid out; null follows the global <c>Digests:Layout</c>.</summary>
    public DigestLayout? Layout { get; init; }

    /// <summary>The language of the digest's own words (a Discord locale such as <c>de</c>); null follows the global <c>Digests:Locale</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Forum tag names applied to each post in a forum channel (at most <see cref="TopicTags.MaxTags"/>); matched case-insensitively.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Crosspost each digest message when the channel is an announcement channel, so following servers get it.</summary>
    public bool Publish { get; init; }

    public TopicOrigin Origin { get; init; } = TopicOrigin.Command;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The end of the window of the last digest composed, so the next one starts there.</summary>
    public DateTimeOffset? LastDigestAt { get; init; }
}
