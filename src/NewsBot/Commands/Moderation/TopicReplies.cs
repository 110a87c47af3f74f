using System.Globalization;
using NewsBot.Core.Topics;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>The /topic command's words: names shown literally, times as Discord timestamps (each reader's own time zone).</summary>
internal static class TopicReplies
{
    private const int NamesListed = 25;

    public static string Bold(string name) => $"**{DiscordMarkdown.Escape(name)}**";

    /// <summary>Absolute and relative, e.g. "Monday, 1 December 2026 08:00 (in 2 days)".</summary>
    public static string When(DateTimeOffset at)
    {
        var unix = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"<t:{unix}:F> (<t:{unix}:R>)";
    }

    public static string Ago(DateTimeOffset at) => $"<t:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>";

    public static string NextDigest(DateTimeOffset? next) => next is { } at ? $"next digest {When(at)}" : "no digest is scheduled";

    public static string Unknown(string name, IReadOnlyList<Topic> guildTopics)
    {
        var names = guildTopics.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
            return $"There is no topic called {Bold(name)}: this server has no topics yet. Create one with `/topic create`.";
        var listed = string.Join(", ", names.Take(NamesListed).Select(Bold));
        var more = names.Count > NamesListed ? $" and {names.Count - NamesListed} more" : "";
        return $"There is no topic called {Bold(name)}. This server's topics: {listed}{more}.";
    }

    public static string Duplicate(string name) =>
        $"This server already has a topic called {Bold(name)} (names ignore case). Pick another name, or change that one with `/topic edit`.";

    public static string OwnedByConfiguration(Topic topic) =>
        $"{Bold(topic.Name)} comes from the bot's settings file, so it can't be changed or deleted by command. " +
        "Ask whoever runs NewsBot to change it under `Topics` in the settings (appsettings.json) and restart the bot.";

    public static string LimitReached(int limit) =>
        $"This server already has {limit} topics, the most it may have. Delete one with `/topic delete` first.";

    public const string NothingToChange =
        "Nothing to change: give at least one of `query`, `channel`, `schedule`, `timezone`, `max_stories`, `new_name`, `tags`, `publish` or `color`.";

    public static string BadColor(string error) => $"That colour doesn't work: {error}.";
}
