using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>One line of polnear-*.jsonl.</summary>
public sealed record GoldArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("quotes")] IReadOnlyList<GoldQuote> Quotes);
