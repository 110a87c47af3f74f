namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Where clauses and sentences start and end around a reporting verb, from the punctuation between words: the subject readers
/// look for a subject only inside the clause its verb stands in.
/// </summary>
internal sealed class ClauseEdges(string text, LanguageKnowledge language)
{
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    /// <summary>Where the sentence holding <paramref name="position"/> starts: after the last full stop, question or exclamation mark or line break.</summary>
    public int SentenceStart(int position)
    {
        for (var i = Math.Min(position, text.Length) - 1; i > 0; i--)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where the main clause starts when <paramref name="words"/> open with a subordinate one (`Nachdem Weber gegangen war,
    /// meldete sich Roth`): after its first comma; else 0. A subordinate clause with no comma (`Wie Weber sagte`) is the whole.
    /// </summary>
    public int MainClauseStart(IReadOnlyList<Word> words)
    {
        if (words.Count < 3 || !language.Subordinators.Contains(words[0].Lower))
        {
            return 0;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(','))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Where the clause holding the word at <paramref name="verb"/> starts: after the last comma, colon or dash before it.</summary>
    public int ClauseStart(IReadOnlyList<Word> words, int verb)
    {
        var start = Math.Min(verb, words.Count - 1);
        while (start > 0 && text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).IndexOfAny(",;:—–") < 0)
        {
            start--;
        }

        return start;
    }

    /// <summary>Where the clause that starts at <paramref name="at"/> ends: a comma, bracket, colon or dash between two words.</summary>
    public int ClauseEnd(IReadOnlyList<Word> words, int at, int maxWords = SubjectPhrase.MaxPhraseWords)
    {
        var end = at + 1;
        while (end < words.Count && end - at < maxWords)
        {
            if (!Breaks(words[end - 1].End, words[end].Start))
            {
                end++;
            }
            else if (IsBracketedAbbreviation(words, end))
            {
                // `der Präsident der UN-Klimakonferenz (COP27) und Außenminister X`: the body's abbreviation, not the phrase's end.
                end += 2;
            }
            else
            {
                break;
            }
        }

        return Math.Min(end, words.Count);
    }

    /// <summary>`(COP27)`, `(EZB)`: one word of capitals and digits alone in brackets, the phrase going on after them.</summary>
    private bool IsBracketedAbbreviation(IReadOnlyList<Word> words, int at) =>
        at + 1 < words.Count && words[at].Text.All(c => char.IsUpper(c) || char.IsAsciiDigit(c))
        && text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim().SequenceEqual("(")
        && text.AsSpan(words[at].End, words[at + 1].Start - words[at].End).Trim().SequenceEqual(")");

    /// <summary>A comma, semicolon, colon, bracket or dash stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool Breaks(int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    public static List<Word> Slice(IReadOnlyList<Word> words, int from, int to) => words.Skip(from).Take(to - from).ToList();
}
