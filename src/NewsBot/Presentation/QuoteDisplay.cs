using System.Text;
using NewsBot.Core.Quotes;

namespace NewsBot.Presentation;

/// <summary>
/// A quote as a reader is shown it, in either layout: punctuation left dangling inside the marks by the attribution that
/// cut the sentence (“We will,” she said) trimmed, and a fragment picked up mid-sentence (lower-case start) opened with
/// “…”. Only the display changes: the stored span stays verbatim.
/// </summary>
public static class QuoteDisplay
{
    private const string DanglingAtEnd = ",;:-–—";
    private const string DanglingAtStart = ",;:";
    public const string Unattributed = "unattributed";

    public static string Text(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return Text(quote.DisplayText);
    }

    public static string Text(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var end = quote.Length;
        while (end > 0 && (char.IsWhiteSpace(quote[end - 1]) || DanglingAtEnd.Contains(quote[end - 1], StringComparison.Ordinal)))
            end--;
        var start = 0;
        while (start < end && (char.IsWhiteSpace(quote[start]) || DanglingAtStart.Contains(quote[start], StringComparison.Ordinal)))
            start++;
        if (start >= end)
            return quote.Trim();
        var text = quote[start..end];
        return StartsLowerCase(text) ? QuoteShortener.Ellipsis + text : text;
    }

    private static bool StartsLowerCase(string text) => Rune.TryGetRuneAt(text, 0, out var first) && Rune.IsLower(first);
}
