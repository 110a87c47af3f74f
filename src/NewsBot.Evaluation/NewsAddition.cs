using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>
/// One line of eval/news-quotes/additions.jsonl: an article annotated by us whose text stays in ../shared/data
/// (<see cref="Source"/> is <c>wcxb-dev:0123</c> or <c>trafilatura-eval:0456</c>).
/// </summary>
public sealed record NewsAddition(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("quotes")] IReadOnlyList<NewsAdditionQuote> Quotes);
