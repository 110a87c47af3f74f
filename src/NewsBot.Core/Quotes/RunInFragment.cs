namespace NewsBot.Core.Quotes;

/// <summary>
/// English: a short lower-case quote that finishes the writer's own clause (`Lena Holt said the council's plan would
/// “drain every reserve we have.”`, `she promised to “be a loud voice for the valley”`) is a fragment of someone's words
/// woven into reported speech, not a statement a reader can take alone (issue 11: no fragments shown as quotes). After a
/// reporting verb, a comma, a colon or a clause opener (`said that “…”`, `warned “…”`) the quote is the speech itself,
/// and one that opens with its own subject (`and “we will not wait,”`) is a clause of its own: both stay quotes.
/// </summary>
internal static class RunInFragment
{
    /// <summary>Longer quotes carry a statement of their own even when the writer's clause runs into them.</summary>
    private const int MaxWords = 10;

    /// <summary>Which segments are run-in fragments; a second phrase joined to a fragment by `and`/`or` (`won't “raise your fares” or “close your clinic.”`) is one too.</summary>
    public static bool[] Mark(string text, IReadOnlyList<QuotedSegment> segments)
    {
        var fragments = new bool[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            fragments[i] = Continues(text, segments[i])
                || (i > 0 && fragments[i - 1] && IsShortLowerCase(text, segments[i].Content) && JoinedByCoordinator(text, segments[i - 1], segments[i]));
        }

        return fragments;
    }

    public static bool Continues(string text, QuotedSegment segment)
    {
        var content = segment.Content;
        if (!IsShortLowerCase(text, content))
        {
            return false;
        }

        var wordBefore = WordBefore(text, segment.OpenMark);
        if (wordBefore.Length == 0 || ReportingVerbs.IsReportingVerb(wordBefore) || OpensClause(wordBefore))
        {
            return false;
        }

        var firstWord = FirstWord(text, content);
        return !FunctionWords.IsPronoun(firstWord) && !OpensClause(firstWord) && firstWord != "there"
            && !(FunctionWords.IsDeterminer(firstWord) && HasAuxiliary(text, content));
    }

    /// <summary>`the results will be devastating.`: a noun phrase of its own followed by a verb is a clause, not a predicate the writer began.</summary>
    private static bool HasAuxiliary(string text, TextSpan span)
    {
        foreach (var word in text[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Auxiliaries.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have", "had",
    };

    private static bool IsShortLowerCase(string text, TextSpan content) =>
        char.IsLower(text[content.Start]) && WordCount(text, content) <= MaxWords;

    /// <summary>Only white space and one `and`, `or` or `nor` (a comma allowed) lie between the first quote's closing mark and the second's opening one.</summary>
    private static bool JoinedByCoordinator(string text, QuotedSegment first, QuotedSegment second)
    {
        if (first.IsOpenEnded || first.Paragraph != second.Paragraph || second.OpenMark <= first.CloseMark)
        {
            return false;
        }

        var between = text[(first.CloseMark + 1)..second.OpenMark].Trim().TrimStart(',').Trim();
        return between is "and" or "or" or "nor";
    }

    private static bool OpensClause(string lower) =>
        FunctionWords.ConjunctionsAndClauseStarts.Contains(lower) || lower is "as" or "if" or "when" or "then" or "nor" or "whether";

    private static int WordCount(string text, TextSpan span)
    {
        var count = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == span.Start || char.IsWhiteSpace(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The letters just before the opening mark on the same line, lower case; empty after punctuation or a line break.</summary>
    private static string WordBefore(string text, int openMark)
    {
        var end = openMark;
        while (end > 0 && text[end - 1] is ' ' or '\u00a0' or '\t')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }

    private static string FirstWord(string text, TextSpan span)
    {
        var end = span.Start;
        while (end < span.End && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[span.Start..end].ToLowerInvariant();
    }
}
