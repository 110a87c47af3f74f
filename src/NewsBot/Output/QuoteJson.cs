using NewsBot.Core.Quotes;

namespace NewsBot.Output;

/// <summary>One quotation in the stable JSON contract of <c>quotes --json</c> and <c>digest --json</c>.</summary>
/// <remarks><c>speakerConfidence</c> and <c>displayText</c> were added after the contract's first fields; consumers may ignore them.</remarks>
internal sealed record QuoteJson(string Text, string? Speaker, string? SpeakerRole, bool IsKey, double Score, int Start, int End, double SpeakerConfidence, string DisplayText)
{
    public static QuoteJson From(Quote quote) =>
        new(quote.Text, quote.Speaker, quote.SpeakerRole, quote.IsKey, Math.Round(quote.Score, 3), quote.Start, quote.End, Math.Round(quote.SpeakerConfidence, 3), quote.DisplayText);
}
