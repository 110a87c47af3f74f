using System.Text.Json;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds.Dates;

namespace NewsBot.Ingestion.Tests.Feeds.Corpus;

/// <summary>
/// One translated feedparser expectation ("feed title == ...") and how its field name maps onto our model.
/// feedparser's 'updated' falls back to 'published' and an entry's 'summary' to its content, as its result dictionary does. Date fields, raw ("str") or parsed,
/// are compared as UTC instants: we keep parsed dates, not the raw element text.
/// </summary>
internal sealed record FeedparserCheck(string Scope, int Index, string Field, string Kind, string? Expected)
{
    public static FeedparserCheck From(JsonElement check) => new(
        check.GetProperty("scope").GetString()!,
        check.TryGetProperty("index", out var index) && index.ValueKind == JsonValueKind.Number ? index.GetInt32() : 0,
        check.GetProperty("field").GetString()!,
        check.GetProperty("kind").GetString()!,
        check.GetProperty("expected").ValueKind == JsonValueKind.String ? check.GetProperty("expected").GetString() : null);

    public bool IsMetBy(Feed feed, out string? actual)
    {
        actual = null;
        if (Scope == "entry" && Index >= feed.Items.Count)
            return false;
        var value = Scope == "feed" ? FeedValue(feed) : ItemValue(feed.Items[Index]);
        if (value is DateTimeOffset date)
        {
            actual = date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            return FeedDateParser.Parse(Expected) is { } expected && expected.UtcDateTime == date.UtcDateTime;
        }
        actual = value as string;
        return string.Equals(actual, Expected, StringComparison.Ordinal);
    }

    private string BaseField => Field.Replace("_parsed", "", StringComparison.Ordinal);

    private object? FeedValue(Feed feed) => BaseField switch
    {
        "title" => feed.Title,
        "subtitle" => feed.Subtitle,
        "link" => feed.Link,
        "rights" => feed.Rights,
        "author" => feed.Author,
        "id" => feed.Id,
        "generator" => feed.Generator,
        "language" => feed.Language,
        "updated" => feed.Updated ?? feed.Published,
        "published" => feed.Published,
        _ => null,
    };

    private object? ItemValue(FeedItem item) => BaseField switch
    {
        "title" => item.Title,
        "summary" => item.Summary ?? item.Content,
        "content" => item.Content,
        "link" => item.Link,
        "id" => item.Id,
        "author" => item.Author,
        "category" => item.Categories.Count > 0 ? item.Categories[0] : null,
        "rights" => item.Rights,
        "updated" => item.Updated ?? item.Published,
        "published" => item.Published,
        _ => null,
    };
}
