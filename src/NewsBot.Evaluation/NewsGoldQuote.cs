using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>
/// One annotated quotation of the news set (quotes-news layout): <see cref="Kind"/> is key, optional or not_a_quote;
/// <see cref="Speaker"/> the fullest name the article gives, or null when it names nobody. Offsets are code points.
/// </summary>
public sealed record NewsGoldQuote(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    public const string Key = "key";
    public const string Optional = "optional";
    public const string NotAQuote = "not_a_quote";
}
