using NewsBot.Core.Topics;

namespace NewsBot.Engine.Topics;

/// <summary>A topic change in words for its history; null when nothing a person would notice changed.</summary>
public static class TopicDifferences
{
    public static string? Describe(Topic? before, Topic after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is null)
            return "created";
        var changes = new List<string>();
        Compare(changes, "name", before.Name, after.Name);
        Compare(changes, "query", before.Query, after.Query);
        Compare(changes, "channel", before.ChannelId, after.ChannelId);
        Compare(changes, "schedule", before.Schedule, after.Schedule);
        Compare(changes, "time zone", before.TimeZone, after.TimeZone);
        Compare(changes, "max stories", before.MaxStories.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after.MaxStories.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare(changes, "colour", AccentColor.Format(before.AccentColor), AccentColor.Format(after.AccentColor));
        Compare(changes, "layout", TopicLayout.Format(before.Layout), TopicLayout.Format(after.Layout));
        Compare(changes, "locale", TopicLocale.Format(before.Locale), TopicLocale.Format(after.Locale));
        Compare(changes, "language", before.Language ?? "any", after.Language ?? "any");
        Compare(changes, "tags", TagText(before.Tags), TagText(after.Tags));
        Compare(changes, "publish", before.Publish ? "on" : "off", after.Publish ? "on" : "off");
        Compare(changes, "guild", before.GuildId ?? "unknown", after.GuildId ?? "unknown");
        Compare(changes, "sources", Sources(before.Catalog), Sources(after.Catalog));
        if (before.Catalog is not null || after.Catalog is not null)
        {
            // A catalogue topic's feeds follow its filter: their count says enough, a list of a hundred URLs does not.
            if (!before.Feeds.SequenceEqual(after.Feeds, StringComparer.Ordinal))
                changes.Add($"catalogue outlets: {before.Feeds.Count} → {after.Feeds.Count}");
            return changes.Count == 0 ? null : string.Join("; ", changes);
        }
        var added = after.Feeds.Except(before.Feeds, StringComparer.Ordinal).ToList();
        var removed = before.Feeds.Except(after.Feeds, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
            changes.Add("feeds added: " + string.Join(", ", added));
        if (removed.Count > 0)
            changes.Add("feeds removed: " + string.Join(", ", removed));
        return changes.Count == 0 ? null : string.Join("; ", changes);
    }

    private static string Sources(CatalogSources? catalog) => catalog is null ? "feeds" : "catalogue (" + catalog.Describe() + ")";

    private static string TagText(IReadOnlyList<string> tags) => tags.Count == 0 ? "none" : string.Join(", ", tags);

    private static void Compare(List<string> changes, string what, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
            changes.Add($"{what}: {before} → {after}");
    }
}
