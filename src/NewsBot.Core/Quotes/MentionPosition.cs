namespace NewsBot.Core.Quotes;

/// <summary>
/// Where a name stands in its clause, for pronouns and the ranker: a name that heard the words (`she told Oprah`, `Velt
/// said to Brandt`) or one that only qualifies a noun (`a Jenny Craig spokeswoman`) is not who a later `she said` means.
/// </summary>
internal static class MentionPosition
{
    /// <summary>Verbs whose object is the one spoken to (`told Oprah`, `warned Brandt`), never the speaker.</summary>
    private static readonly HashSet<string> AddressingVerbs =
    [
        "told", "tells", "tell", "telling", "warned", "warns", "assured", "assures", "reminded", "reminds", "informed", "informs",
        "urged", "urges", "thanked", "thanks", "promised", "promises", "reassured", "reassures",
    ];

    /// <summary>
    /// The name run opening at word <paramref name="first"/> is the one spoken to. `asked X` is left out: the one asked is
    /// who answers next (`a reporter asked Montoya-Lewis, “…?” “…,” she said`).
    /// </summary>
    public static bool IsAddressed(IReadOnlyList<Word> words, int first)
    {
        if (first <= 0)
        {
            return false;
        }

        // `told The Hill`, `told the BBC`: the article before the outlet's name is no word of it.
        var verb = first - 1;
        if (verb > 0 && words[verb].Lower == "the")
        {
            verb--;
        }

        if (AddressingVerbs.Contains(words[verb].Lower))
        {
            return true;
        }

        if (first > 1 && words[first - 1].Lower == "by" && words[first - 2].Lower is "asked" or "questioned" or "pressed")
        {
            // `Asked by Ana Holm of Fairhaven whether …, the CFO said`: the questioner, not who the next `he said` means.
            return true;
        }

        var preposition = AddressedNames.PrepositionBefore(words, first);
        return preposition > 0 && words[preposition].Lower is "to" or "with" && IsSpeechWord(words[preposition - 1]);
    }

    /// <summary>`a Jenny Craig spokeswoman`, `the Harvard study`: an article, the name, then a lower-case noun it qualifies.</summary>
    public static bool IsModifier(IReadOnlyList<Word> words, int first, int last)
    {
        if (first <= 0 || last + 1 >= words.Count || !FunctionWords.Determiners.Contains(words[first - 1].Lower)
            || words[first - 1].Lower is "his" or "her" or "their" or "its" or "our")
        {
            return false;
        }

        var next = words[last + 1];
        return !next.IsCapitalized && char.IsLetter(next.Text[0]) && !StopWords.Contains(next.Lower) && !ReportingVerbs.IsReportingVerb(next.Text)
            && !FunctionWords.Prepositions.Contains(next.Lower) && !next.Lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// `The Pace is the simplest watch we tested.`: English gives a person's bare name no article, so one capitalised word
    /// right after `the` is a thing (a product, a boat, a venue) that a later `he said` does not mean. Other languages do put
    /// an article before a surname (`la Meloni`, `der Huber`), which is why only English `the` counts.
    /// </summary>
    public static bool IsArticleNoun(IReadOnlyList<Word> words, int first, int last) =>
        first == last && first > 0 && words[first - 1].Lower == "the" && words[first - 1].End + 1 == words[first].Start;

    /// <summary>`Harlow &amp; Finch`, `Marks &amp; Spencer`: names joined by an ampersand are a firm's name, not people.</summary>
    public static bool IsFirmPart(string text, IReadOnlyList<Word> words, int first, int last) =>
        (last + 1 < words.Count && words[last + 1].IsCapitalized && IsAmpersand(text, words[last].End, words[last + 1].Start))
        || (first > 0 && words[first - 1].IsCapitalized && IsAmpersand(text, words[first - 1].End, words[first].Start));

    private static bool IsAmpersand(string text, int from, int to) => text.AsSpan(from, to - from).Trim() is "&";

    /// <summary>Prepositions whose object is a body or a place (`a professor at Cornell`), never the subject of the verb after it.</summary>
    private static readonly HashSet<string> GoverningPrepositions = ["at", "of", "for", "from", "in", "on", "with", "by", "near"];

    /// <summary>
    /// `Tomas Ruiz, a trade professor at Cornell, said`: the name run opening at word <paramref name="first"/> is the object of a
    /// preposition (`at the University of York`), so the reporting verb after it belongs to the name before the apposition.
    /// </summary>
    public static bool IsGovernedByPreposition(IReadOnlyList<Word> words, int first)
    {
        var before = first - 1;
        if (before > 0 && words[before].Lower == "the")
        {
            before--;
        }

        return before >= 0 && !words[before].IsCapitalized && GoverningPrepositions.Contains(words[before].Lower);
    }

    /// <summary>`said to`, `spoke with`, `an interview with`: the word before the preposition is about speaking.</summary>
    private static bool IsSpeechWord(Word word) =>
        ReportingVerbs.IsReportingVerb(word.Text) || CueWords.IsStatementNoun(word.Lower)
        || word.Lower is "spoke" or "speaks" or "speaking" or "talked" or "talks" or "talking" or "interview" or "interviews" or "conversation";
}
