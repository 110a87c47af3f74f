using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Refuses a topic the bot could not serve, with one line that says what to fix: a name, query, schedule or time zone
/// that does not parse, a story count out of range, or a channel the bot cannot post in.
/// </summary>
internal sealed class TopicChecks(DigestChannelAccess channels)
{
    public const int MaxNameLength = 60;

    public static string? CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "A topic needs a name.";
        if (name.Length > MaxNameLength)
            return $"Topic names are at most {MaxNameLength} characters.";
        if (name.Any(char.IsControl))
            return "Topic names can't contain line breaks or control characters.";
        return TopicNameCharacters.HasInvisible(name)
            ? "Topic names can't contain invisible characters (direction overrides, zero-width spaces): two topics could then look the same, or a name could show reversed."
            : null;
    }

    public static string? CheckSettings(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (!TopicQuery.TryParse(topic.Query, out _, out var queryError))
            return $"That query doesn't work: {queryError}.";
        if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out _, out var scheduleError))
            return char.ToUpperInvariant(scheduleError[0]) + scheduleError[1..] + ".";
        if (topic.MaxStories is < 1 or > TopicCommandDefinition.MaxStoriesLimit)
            return $"`max_stories` must be between 1 and {TopicCommandDefinition.MaxStoriesLimit}.";
        return null;
    }

    /// <summary>Null when the bot can post digests in the channel and it belongs to the moderator's server.</summary>
    public async Task<string?> CheckChannelAsync(string channelId, string guildId, CancellationToken cancellationToken)
    {
        var access = await channels.CheckAsync(channelId, cancellationToken);
        if (access.Error is not null)
            return access.Reason is { } retry ? Sentence(retry) : "I couldn't check that channel with Discord just now; please try again.";
        if (access.GuildId is { } channelGuild && !string.Equals(channelGuild, guildId, StringComparison.Ordinal))
            return "That channel belongs to another server; pick a channel of this server.";
        return access.CanPost ? null : $"I can't post digests in <#{channelId}>: {access.Reason ?? "Discord refused"}.";
    }

    public static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..] + ".";
}
