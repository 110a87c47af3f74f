using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Drops the lines of a listing, collection or thread text that only count readers' engagement with an item: "44
/// reactions", "27 comments", "7 min read", "3 Likes", "2 Reviews", "0 Reply" and a star rating's bare "(17.2k)". A
/// card or a post repeats such a counter under each item, and the count says nothing of the item itself. A line that
/// says more than the count ("27 comments on the budget") is no counter and stays.
/// </summary>
internal static partial class EngagementCountLines
{
    /// <summary>"1,234 visualizzazioni" is the longest counter the pattern names; a longer line says more.</summary>
    private const int MaxCounterChars = 32;

    /// <summary>The text without its counter lines; the text as it was when nothing else would remain.</summary>
    public static string Remove(string text) => TextLines.Without(text, IsCounter) is { Length: > 0 } kept ? kept : text;

    internal static bool IsCounter(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length is > 0 and <= MaxCounterChars && (char.IsAsciiDigit(trimmed[0]) || trimmed[0] == '(')
            && Counter().IsMatch(trimmed);
    }

    /// <summary>A count ("12", "1,204", "17.2k") with an engagement word in six languages, or a bare count in brackets.</summary>
    [GeneratedRegex(
        @"^(?:\d[\d.,]*\s?[kKmM]?\+?\s*(?:comments?|reactions?|points?|likes?|views?|shares?|repl(?:y|ies)|answers?|votes?|min(?:ute)?s? read|reviews?|ratings?"
        + @"|kommentare?|antworten|aufrufe|commentaires?|réponses|vues|comentarios?|respuestas|visitas|commenti|risposte|visualizzazioni|reacties)"
        + @"|\(\s*\d[\d.,]*\s?[kKmM]?\+?\s*\))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();
}
