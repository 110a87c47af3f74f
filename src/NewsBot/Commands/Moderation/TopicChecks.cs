using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Refuses a topic the bot could not serve, with one line in the moderator's language that says what to fix: a name,
/// query, schedule or time zone that does not parse, a story count out of range, or a channel the bot cannot post in.
/// The parsers' own details (which word of a query, which time zone) stay as they word them.
/// </summary>
internal sealed class TopicChecks(DigestChannelAccess channels)
{
    public const int MaxNameLength = 60;

    public static string? CheckName(ReplyTexts texts, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return texts.Get("topic.nameMissing");
        if (name.Length > MaxNameLength)
            return texts.Get("topic.nameTooLong", ("max", TopicReplies.Number(texts, MaxNameLength)));
        if (name.Any(char.IsControl))
            return texts.Get("topic.nameControl");
        return TopicNameCharacters.HasInvisible(name) ? texts.Get("topic.nameInvisible") : null;
    }

    public static string? CheckSettings(ReplyTexts texts, Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (!TopicQuery.TryParse(topic.Query, out _, out var queryError))
            return texts.Get("topic.badQuery", ("error", queryError));
        if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, texts, out _, out var scheduleError))
            return Capitalized(texts.Get("topic.badSchedule", ("error", scheduleError)));
        if (topic.MaxStories is < 1 or > TopicCommandDefinition.MaxStoriesLimit)
            return texts.Get("topic.maxStories", ("max", TopicReplies.Number(texts, TopicCommandDefinition.MaxStoriesLimit)));
        return null;
    }

    /// <summary>The tags as a moderator typed them, or null with the refusal.</summary>
    public static IReadOnlyList<string>? CheckTags(ReplyTexts texts, string? typed, out string? refusal)
    {
        var tags = TopicTags.TryParse(typed, out _);
        refusal = tags is not null ? null : TopicTags.Problem(typed, out var culprit) switch
        {
            TopicTagProblem.TooMany => texts.Get("topic.tagsTooMany", ("max", TopicReplies.Number(texts, TopicTags.MaxTags))),
            TopicTagProblem.TooLong => texts.Get("topic.tagTooLong", ("tag", TopicReplies.Clip(culprit ?? "")), ("max", TopicReplies.Number(texts, TopicTags.MaxNameLength))),
            _ => texts.Get("topic.tagsControl"),
        };
        return tags;
    }

    /// <summary>Null when the bot can post digests in the channel and it belongs to the moderator's server.</summary>
    public async Task<string?> CheckChannelAsync(ReplyTexts texts, string channelId, string guildId, CancellationToken cancellationToken)
    {
        var access = await channels.CheckAsync(channelId, texts, cancellationToken);
        if (access.Error is not null)
            return access.Reason is { } retry ? Sentence(retry) : Sentence(texts.Get("channel.checkFailed"));
        if (access.GuildId is { } channelGuild && !string.Equals(channelGuild, guildId, StringComparison.Ordinal))
            return texts.Get("topic.channelOtherServer");
        return access.CanPost ? null : texts.Get("topic.cannotPost", ("channel", $"<#{channelId}>"), ("reason", access.Reason ?? texts.Get("topic.discordRefused")));
    }

    public static string Sentence(string text) => Capitalized(text) + ".";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
