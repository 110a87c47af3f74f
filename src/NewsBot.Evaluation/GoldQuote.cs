using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>One annotated quote of the PolNeAR conversion; offsets are code points.</summary>
public sealed record GoldQuote(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("speaker_pronoun")] bool? SpeakerPronoun);
