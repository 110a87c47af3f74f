using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>One article of the news set in the layout of quotes-news/news-dev.jsonl (text included).</summary>
public sealed record NewsGoldArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("quotes")] IReadOnlyList<NewsGoldQuote> Quotes);
