using System.Globalization;
using NewsBot.Core.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// The /topic command's words in the moderator's language: names shown literally, times as Discord timestamps (each
/// reader's own time zone and language).
/// </summary>
internal static class TopicReplies
{
    private const int NamesListed = 25;
    private const int MaxTypedLength = 20;

    public static string Bold(string name) => $"**{DiscordMarkdown.Escape(name)}**";

    /// <summary>Absolute and relative, e.g. "Monday, 1 December 2026 08:00 (in 2 days)".</summary>
    public static string When(DateTimeOffset at)
    {
        var unix = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"<t:{unix}:F> (<t:{unix}:R>)";
    }

    public static string Ago(DateTimeOffset at) => $"<t:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>";

    public static string NextDigest(ReplyTexts texts, DateTimeOffset? next) =>
        next is { } at ? texts.Get("topic.nextDigest", ("when", When(at))) : texts.Get("topic.noDigestScheduled");

    public static string Unknown(ReplyTexts texts, string name, IReadOnlyList<Topic> guildTopics)
    {
        var names = guildTopics.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
            return texts.Get("topic.unknownNone", ("name", Bold(name)));
        var listed = string.Join(", ", names.Take(NamesListed).Select(Bold));
        var more = names.Count > NamesListed ? texts.Get("topic.unknownMore", ("count", Number(texts, names.Count - NamesListed))) : "";
        return texts.Get("topic.unknown", ("name", Bold(name)), ("topics", listed), ("more", more));
    }

    public static string Duplicate(ReplyTexts texts, string name) => texts.Get("topic.duplicate", ("name", Bold(name)));

    public static string OwnedByConfiguration(ReplyTexts texts, Topic topic) => texts.Get("topic.ownedByConfiguration", ("name", Bold(topic.Name)));

    public static string LimitReached(ReplyTexts texts, int limit) => texts.Get("topic.limitReached", ("limit", Number(texts, limit)));

    public static string BadColor(ReplyTexts texts, string typed) =>
        texts.Get("topic.badColor", ("example", Engine.Topics.AccentColor.Example), ("typed", Clip(typed)));

    public static string BadLayout(ReplyTexts texts, string typed) => texts.Get("topic.badLayout", ("typed", Clip(typed)));

    public static string BadLocale(ReplyTexts texts, string typed) =>
        texts.Get("topic.badLocale", ("typed", Clip(typed)), ("locales", string.Join(", ", Engine.Topics.TopicLocale.Known())));

    /// <summary>A whole number as the moderator's language writes it.</summary>
    public static string Number(ReplyTexts texts, int value) => value.ToString("N0", CultureInfo.GetCultureInfo(texts.Locale));

    /// <summary>What was typed, short and without markdown, to quote back in a refusal.</summary>
    public static string Clip(string typed)
    {
        var value = typed.Trim();
        return DiscordMarkdown.Escape(value.Length > MaxTypedLength ? value[..MaxTypedLength] + "…" : value);
    }
}
