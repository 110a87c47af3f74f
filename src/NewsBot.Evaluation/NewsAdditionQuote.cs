using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>
/// A quote of <see cref="NewsAddition"/> without its text: code-point offsets into the derived text and the first
/// 10 hex digits of the SHA-1 of the quote's UTF-8, which proves the derived text is the one annotated.
/// </summary>
public sealed record NewsAdditionQuote(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("sha1")] string Sha1,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("kind")] string Kind);
