namespace NewsBot.Core.Quotes;

/// <summary>Word tests for cues: reporting verbs in context (`went on`, `shot back`), adverbs between subject and verb, nouns of speech.</summary>
internal static class CueWords
{
    /// <summary>`Smith issued a statement, “…”`: a noun of speech that introduces the quote like a verb.</summary>
    public static bool IsStatementNoun(string lower) => lower is "statement" or "tweet" or "post" or "letter" or "email" or "interview" or "speech" or "remarks" or "release" or "message";

    public static bool IsVerb(Word word) => !word.IsCapitalized && ReportingVerbs.IsReportingVerb(word.Text);

    public static bool IsVerbAt(List<Word> words, int i) =>
        (IsVerb(words[i]) || VerbLength(words, i) == 2 || AfterModal(words, i)) && !AfterNounMarker(words, i) && !BeforeStatementNoun(words, i);

    /// <summary>`would later recall`, `will insist`: a base form is a reporting verb after a modal (adverbs between).</summary>
    private static bool AfterModal(List<Word> words, int i)
    {
        if (words[i].IsCapitalized || !ReportingVerbs.IsBaseForm(words[i].Text))
        {
            return false;
        }

        var before = i - 1;
        while (before >= 0 && IsAdverb(words[before]))
        {
            before--;
        }

        return before >= 0 && words[before].Lower is "would" or "will" or "could" or "might" or "may" or "can" or "should" or "must";
    }

    /// <summary>
    /// `in a written statement`, `prepared remarks`: a verb form right before a noun of speech describes it; a capitalised one
    /// is a name (`wrote Post bureau chief …`).
    /// </summary>
    private static bool BeforeStatementNoun(List<Word> words, int i) => i + 1 < words.Count && !words[i + 1].IsCapitalized && IsStatementNoun(words[i + 1].Lower);

    /// <summary>`a few questions`, `his answer`, `the report`: a verb form after an article or possessive is a noun (not after `a`: French `a dit`).</summary>
    private static bool AfterNounMarker(List<Word> words, int i) =>
        i > 0 && words[i - 1].Lower is "the" or "an" or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "few" or "this" or "these" or "those";

    /// <summary>Two for a phrasal reporting verb (`went on`, `shot back`, `chimed in`), else one.</summary>
    public static int VerbLength(List<Word> words, int i) =>
        i + 1 < words.Count && ReportingVerbs.IsPhrasal(words[i].Text, words[i + 1].Text) ? 2 : 1;

    public static bool IsAdverb(Word word) =>
        !word.IsCapitalized && (word.Lower.EndsWith("ly", StringComparison.Ordinal) || FunctionWords.TimeWords.Contains(word.Lower));

    /// <summary>`… and said, “…”`: a second verb of the sentence's subject.</summary>
    public static bool IsCoordinated(List<Word> lead, int verb)
    {
        var before = verb - 1;
        while (before >= 0 && IsAdverb(lead[before]))
        {
            before--;
        }

        return before > 0 && lead[before].Lower is "and" or "but" or "yet";
    }
}
