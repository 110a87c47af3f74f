using System.Buffers;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `wearing “Harbour First” campaign pins`, `a “Build It Now” badge`: a short quoted name right before the noun it
/// qualifies is part of a noun phrase, so the sentence, and a quote's tail, run on through it.
/// </summary>
internal static class AttributiveQuote
{
    private const int MaxWords = 5;
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(",.!?;:");

    public static bool Modifies(string text, QuotedSegment segment)
    {
        if (segment.IsOpenEnded || segment.OpenMark < 2 || text[segment.OpenMark - 1] != ' ' || !char.IsLetter(text[segment.OpenMark - 2]))
        {
            return false;
        }

        var content = text.AsSpan(segment.Content.Start, segment.Content.Length);
        if (content.Length == 0 || !char.IsUpper(content[0]) || content.ContainsAny(SentencePunctuation) || content.Count(' ') >= MaxWords)
        {
            return false;
        }

        if (!TitleWords(content) || ReportingVerbs.IsReportingVerb(RuleBasedQuoteExtractor.WordBefore(text, segment.OpenMark)))
        {
            // `chants of “I’m with her”`, `a message reading “Thank you Harbour”`: a sentence or an object quote, not a name.
            return false;
        }

        var next = segment.CloseMark + 2;
        if (next >= text.Length || text[segment.CloseMark + 1] != ' ' || !char.IsLower(text[next]))
        {
            return false;
        }

        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return IsNoun(text[next..end]);
    }

    /// <summary>Every word capitalised but the small words of a title (`Friends of the Harbour`).</summary>
    private static bool TitleWords(ReadOnlySpan<char> content)
    {
        foreach (var range in content.Split(' '))
        {
            var word = content[range];
            if (word.Length > 0 && !char.IsUpper(word[0]) && !TitleSmallWords.Contains(word.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lower-case word that is no function word, auxiliary or reporting verb: the noun the quoted name qualifies.</summary>
    private static bool IsNoun(string word) =>
        word.Length > 2 && !FunctionWords.IsDeterminer(word) && !FunctionWords.IsPronoun(word) && !FunctionWords.Prepositions.Contains(word)
        && !FunctionWords.ConjunctionsAndClauseStarts.Contains(word) && !FunctionWords.TimeWords.Contains(word)
        && !FunctionWords.VerbModifiers.Contains(word) && !FunctionWords.ProgressiveAuxiliaries.Contains(word)
        && !ReportingVerbs.IsReportingVerb(word) && !Auxiliaries.Contains(word) && !TimeAndClauseWords.Contains(word);

    private static readonly HashSet<string> TitleSmallWords = ["of", "the", "and", "for", "a", "an", "to", "in", "on", "at"];

    private static readonly HashSet<string> TimeAndClauseWords =
        ["moments", "minutes", "hours", "days", "weeks", "months", "years", "ago", "earlier", "later", "until", "when", "after", "before", "since", "because", "while", "where", "which"];

    private static readonly HashSet<string> Auxiliaries =
        ["has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "was", "were", "are", "not"];
}
