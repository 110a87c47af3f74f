using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine.Digests;

/// <summary>A feed item with the feed it came from, for choosing a digest's stories.</summary>
internal sealed record FeedEntry(Feed Feed, FeedItem Item, SourceLocation FeedLocation, int Order)
{
    private DateTimeOffset? When => Item.Published ?? Item.Updated;

    /// <summary>Newest first (undated items after dated ones, in feed order); one entry per link or id.</summary>
    public static List<FeedEntry> NewestDistinct(IEnumerable<FeedEntry> entries, int max)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return entries
            .OrderByDescending(e => e.When.HasValue)
            .ThenByDescending(e => e.When)
            .ThenBy(e => e.Order)
            .Where(e => seen.Add(Key(e)))
            .Take(max)
            .ToList();
    }

    private static string Key(FeedEntry entry) =>
        SourceLocation.FromLink(entry.Item.Link, entry.FeedLocation)?.Uri.AbsoluteUri ?? entry.Item.Id;
}
