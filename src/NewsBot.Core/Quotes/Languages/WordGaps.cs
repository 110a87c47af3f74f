namespace NewsBot.Core.Quotes.Languages;

/// <summary>What the text between two tokenized words says: a sentence end, a clause break, a colon.</summary>
internal static class WordGaps
{
    public static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".!?;:,");

    public static bool HasSentenceEndBefore(string text, List<Word> words, int at) =>
        at > 0 && text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).IndexOfAny(".!?") >= 0;

    /// <summary>`selon X`, `según X`, `laut X`, `de acordo com X`, and `Pour elle, « … »` at the start of the sentence.</summary>
    public static bool HasBreakBefore(string text, List<Word> words, int at) =>
        at > 0 && text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).IndexOfAny(ClauseBreaks) >= 0;

    /// <summary>The verb opens its clause (`…, erzählte Tobisch damals:`, `Dann sagte der Minister:`): the subject follows it.</summary>
    public static bool ClauseOpensAt(string text, List<Word> words, int verb) =>
        verb == 0 || verb == 1 || text.AsSpan(words[verb - 1].End, words[verb].Start - words[verb - 1].End).IndexOfAny(",;:") >= 0;

    /// <summary>A colon right after the verb: it introduces the next quote.</summary>
    public static bool IntroducesNext(string text, List<Word> words, VerbMatch verb)
    {
        var after = words[verb.Last].End;
        var next = verb.Last + 1 < words.Count ? words[verb.Last + 1].Start : Math.Min(text.Length, after + 3);
        return text.AsSpan(after, next - after).Contains(':');
    }
}
