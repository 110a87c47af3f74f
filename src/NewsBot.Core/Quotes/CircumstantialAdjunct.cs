namespace NewsBot.Core.Quotes;

/// <summary>
/// `Quill said in an op-ed piece before a 2014 Senate hearing, “…`: words between the reporting verb and the quote that
/// only say where, when or how it was said. They open with a preposition or time word and end with the comma before the
/// quote, so the verb still introduces the quote however long they run.
/// </summary>
internal static class CircumstantialAdjunct
{
    /// <summary>Long enough for `in an interview with a local radio station on Tuesday,`, short of a second clause.</summary>
    public const int MaxWords = 16;

    /// <summary>Whether <paramref name="lead"/> after the verb ending at word <paramref name="afterVerb"/> is such an adjunct up to the quote.</summary>
    public static bool Spans(string text, List<Word> lead, int afterVerb, int quoteStart)
    {
        if (afterVerb >= lead.Count || lead.Count - afterVerb > MaxWords || !Opens(lead[afterVerb].Lower))
        {
            return false;
        }

        return text.AsSpan(lead[^1].End, quoteStart - lead[^1].End).Trim().SequenceEqual(",");
    }

    private static bool Opens(string word) =>
        word is "in" or "on" or "at" or "during" or "before" or "after" or "from" or "via" or "through" or "last" or "this" or "earlier"
        || FunctionWords.TimeWords.Contains(word);
}
