using NewsBot.Core.Quotes;

namespace NewsBot.Output;

/// <summary>One quotation in the stable JSON contract of <c>quotes --json</c> and <c>digest --json</c>.</summary>
internal sealed record QuoteJson(string Text, string? Speaker, string? SpeakerRole, bool IsKey, double Score, int Start, int End)
{
    public static QuoteJson From(Quote quote) =>
        new(quote.Text, quote.Speaker, quote.SpeakerRole, quote.IsKey, Math.Round(quote.Score, 3), quote.Start, quote.End);
}
