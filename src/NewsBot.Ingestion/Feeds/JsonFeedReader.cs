using System.Text.Json;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds.Dates;

namespace NewsBot.Ingestion.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read leniently: unknown or mistyped members are skipped.</summary>
internal static class JsonFeedReader
{
    private const string VersionPrefix = "https://jsonfeed.org/version/";

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static Feed Read(ReadOnlyMemory<char> json, Uri? feedUri, string? languageFallback, List<string> warnings)
    {
        using var document = Parse(json);
        var root = document.RootElement;
        var version = root.ValueKind == JsonValueKind.Object ? Text(root, "version") : null;
        if (version is null || !version.StartsWith(VersionPrefix, StringComparison.OrdinalIgnoreCase))
            throw new FeedFormatException("The document is JSON but not a JSON Feed (no https://jsonfeed.org/version/ marker).");
        var baseUri = FeedUris.Combine(feedUri, Text(root, "feed_url"));
        var channel = new FeedFields
        {
            Title = Text(root, "title"),
            Link = FeedUris.Resolve(baseUri, Text(root, "home_page_url")),
            Summary = Text(root, "description"),
            Language = Text(root, "language") ?? languageFallback,
            Author = Author(root),
        };
        var items = new List<FeedItem>();
        if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
                ReadItem(item, baseUri, items, warnings);
        }
        var format = version.EndsWith("/1", StringComparison.Ordinal) ? "json10" : "json" + version[VersionPrefix.Length..].Replace(".", "", StringComparison.Ordinal);
        return FeedAssembler.ToFeed(channel, format, items, warnings);
    }

    private static JsonDocument Parse(ReadOnlyMemory<char> json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException($"The document is not valid JSON: {ex.Message}", ex);
        }
    }

    private static void ReadItem(JsonElement item, Uri? baseUri, List<FeedItem> items, List<string> warnings)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            warnings.Add($"Item {items.Count + 1} skipped: not a JSON object.");
            return;
        }
        var fields = new FeedFields
        {
            Id = Text(item, "id"),
            Link = FeedUris.Resolve(baseUri, Text(item, "url") ?? Text(item, "external_url")),
            Title = Text(item, "title"),
            Summary = Text(item, "summary"),
            Content = Text(item, "content_html") ?? Text(item, "content_text"),
            Author = Author(item),
            Published = Date(item, "date_published", warnings),
            Updated = Date(item, "date_modified", warnings),
        };
        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
            fields.Categories.AddRange(tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
        items.Add(FeedAssembler.ToItem(fields));
    }

    private static string? Author(JsonElement owner)
    {
        if (owner.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var first = authors.EnumerateArray().FirstOrDefault(a => a.ValueKind == JsonValueKind.Object);
            if (first.ValueKind == JsonValueKind.Object)
                return Text(first, "name");
        }
        return owner.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Text(author, "name") : null;
    }

    private static DateTimeOffset? Date(JsonElement owner, string name, List<string> warnings)
    {
        var text = Text(owner, name);
        var parsed = FeedDateParser.Parse(text);
        if (parsed is null && text is not null)
            warnings.Add($"Unreadable date '{text}' in {name} ignored.");
        return parsed;
    }

    /// <summary>A string member, trimmed; numbers are accepted as text (ids are often numeric).</summary>
    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
