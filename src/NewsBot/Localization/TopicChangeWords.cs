namespace NewsBot.Localization;

/// <summary>
/// A topic history line in a member's language. The history is stored as written ("schedule: daily 08:00 → weekdays
/// 07:30; feeds added: …"), in English, so old rows read the same; each part's label is translated when it is shown and
/// the values (names, queries, addresses, schedules) stay as they are. A part with no known label is shown unchanged.
/// </summary>
public static class TopicChangeWords
{
    private const string Separator = "; ";

    /// <summary>Stored label → catalog key. Longer labels first, so "feeds added" is not read as "feed…".</summary>
    private static readonly (string Label, string Key)[] Labels =
    [
        ("feeds added", "history.feedsAdded"),
        ("feeds removed", "history.feedsRemoved"),
        ("feed added", "history.feedAdded"),
        ("feed removed", "history.feedRemoved"),
        ("feed paused", "history.feedPaused"),
        ("feed resumed", "history.feedResumed"),
        ("max stories", "history.maxStories"),
        ("time zone", "history.timeZone"),
        ("name", "history.name"),
        ("query", "history.query"),
        ("channel", "history.channel"),
        ("schedule", "history.schedule"),
        ("colour", "history.colour"),
        ("layout", "history.layout"),
        ("locale", "history.locale"),
        ("language", "history.language"),
        ("tags", "history.tags"),
        ("publish", "history.publish"),
        ("guild", "history.guild"),
    ];

    public static string Localize(string change, ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(texts);
        if (change == "created")
            return texts.Get("history.created");
        return string.Join(Separator, change.Split(Separator).Select(part => Part(part, texts)));
    }

    private static string Part(string part, ReplyTexts texts)
    {
        foreach (var (label, key) in Labels)
        {
            if (part.StartsWith(label + ": ", StringComparison.Ordinal))
                return texts.Get(key) + part[label.Length..];
        }
        return part;
    }
}
