using System.Globalization;
using NewsBot.Ingestion.Discovery;

namespace NewsBot.Output;

/// <summary><c>feeds discover</c> as text: the feeds found, best first, then every address tried and what it was.</summary>
internal static class DiscoveryTextRenderer
{
    public static void Write(TextWriter output, DiscoveryResult result)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(result.Feeds.Count == 0
            ? $"no feed found on {result.Page}"
            : result.PageIsFeed ? $"{result.Page} is a feed" : $"{result.Feeds.Count} found on {result.Page}:");
        foreach (var feed in result.Feeds)
        {
            var newest = feed.Newest is { } date ? date.UtcDateTime.ToString("yyyy-MM-dd", invariant) : "undated";
            var comments = feed.IsComments ? " (comments)" : "";
            output.WriteLine(string.Create(invariant, $"  {feed.Kind,-12} {feed.ItemCount,6} items  newest {newest,-10}  {feed.Url}  {feed.Title}{comments}"));
        }
        output.WriteLine(string.Create(invariant, $"tried ({result.Requests} requests):"));
        foreach (var attempt in result.Tried)
            output.WriteLine($"  {attempt.Via,-14} {attempt.Url}  {attempt.Outcome}");
        if (result.Untried > 0)
            output.WriteLine(string.Create(invariant, $"  … {result.Untried} more left untried (Discovery:MaxRequests)"));
    }
}
