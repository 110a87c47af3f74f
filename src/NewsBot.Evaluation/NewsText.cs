using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// The text comparisons of shared/tools/score_news_quotes.py: <c>norm</c> (NFKC, quote marks dropped, lower case,
/// punctuation to spaces, whitespace collapsed) and <c>speaker_ok</c>.
/// </summary>
public static partial class NewsText
{
    public static string Normalize(string? text)
    {
        var value = QuoteMarks().Replace((text ?? string.Empty).Normalize(NormalizationForm.FormKC), string.Empty);
        value = Punctuation().Replace(value.ToLowerInvariant(), " ");
        return Whitespace.Collapse(value);
    }

    /// <summary>Right when the gold name's last word is one of the returned words or the whole gold name is in it; a null gold wants no speaker.</summary>
    public static bool SpeakerMatches(string? gold, string? returned)
    {
        if (gold is null)
            return string.IsNullOrEmpty(returned);
        if (string.IsNullOrEmpty(returned))
            return false;
        var goldWords = Normalize(gold);
        var returnedWords = Normalize(returned);
        if (goldWords.Length == 0)
            return false;
        var last = goldWords.Split(' ')[^1];
        return returnedWords.Split(' ').Contains(last, StringComparer.Ordinal) || returnedWords.Contains(goldWords, StringComparison.Ordinal);
    }

    /// <summary>Length in code points, as Python's <c>len</c> counts.</summary>
    public static int CodePointLength(string text) => text.EnumerateRunes().Count();

    [GeneratedRegex("[“”„«»\"'’‘`´‹›]")]
    private static partial Regex QuoteMarks();

    [GeneratedRegex(@"[^\w\s]")]
    private static partial Regex Punctuation();
}
