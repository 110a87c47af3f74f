namespace NewsBot.Core.Quotes;

/// <summary>Word and segment tests the speaker-phrase reader relies on: what may start a phrase, make up a role, or set off an aside.</summary>
internal static class PhraseWords
{
    private static readonly System.Buffers.SearchValues<char> SegmentBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    private static readonly HashSet<string> RoleModifiers = ["vice", "deputy", "former", "senior", "chief", "acting", "interim", "assistant", "associate", "executive", "general", "longtime", "top", "press", "communications", "policy", "campaign", "state", "federal", "national", "local", "city", "county", "police", "defense", "foreign", "finance", "health", "labor", "interior"];

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ive", "ary", "ian", "ior", "ern", "ist", "ish", "ese"];

    public static bool CanStartPhrase(Word word) =>
        word.IsCapitalized || FunctionWords.IsDeterminer(word.Text) || FunctionWords.IsPronoun(word.Text) || RoleLexicon.IsRoleNoun(word.Text);

    /// <summary>Words that can make up a role before a name: `White House press secretary`, `former deputy mayor`.</summary>
    public static bool IsRoleWord(Word word) =>
        NameLexicon.IsNameWord(word) || RoleLexicon.IsRoleNoun(word.Text) || RoleLexicon.IsOrganisationNoun(word.Text)
        || RoleModifiers.Contains(word.Lower) || HasAdjectiveEnding(word.Lower);

    /// <summary>A loop, not a lambda over <c>word</c>: the closure was allocated on every call (issue 17).</summary>
    private static bool HasAdjectiveEnding(string lower)
    {
        foreach (var ending in AdjectiveEndings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsClauseWord(Word word) =>
        !word.IsCapitalized && (FunctionWords.Prepositions.Contains(word.Lower) || ReportingVerbs.IsReportingVerb(word.Text));

    public static Gender RoleGender(IEnumerable<Word> words)
    {
        foreach (var word in words)
        {
            if (RoleLexicon.FemaleRoles.Contains(word.Lower))
            {
                return Gender.Female;
            }

            if (RoleLexicon.MaleRoles.Contains(word.Lower))
            {
                return Gender.Male;
            }
        }

        return Gender.Unknown;
    }

    public static bool IsAside(List<Word> segment) =>
        segment.Count == 0
        || char.IsDigit(segment[0].Text[0])
        || (!segment[0].IsCapitalized && FunctionWords.Prepositions.Contains(segment[0].Lower))
        || FunctionWords.TimeWords.Contains(segment[0].Lower);

    public static bool IsAppositiveRole(List<Word> segment) =>
        segment[0].Lower is not ("who" or "which" or "whose" or "where" or "according" or "when" or "while" or "and" or "but" or "or")
        && segment.Any(w => RoleLexicon.IsRoleNoun(w.Text) || RoleLexicon.IsOrganisationNoun(w.Text))
        && (FunctionWords.IsDeterminer(segment[0].Text) || RoleLexicon.IsRoleNoun(segment[0].Text) || !NameLexicon.IsNameWord(segment[^1]));

    private static readonly HashSet<string> PublicationNouns = ["journal", "magazine", "newspaper", "paper", "book", "website", "blog", "podcast", "programme", "program", "show", "series"];

    /// <summary>
    /// `the authors of the research published in the journal Harbour Medicine`: a subject headed by a common noun whose
    /// prepositional phrase ends in a publication's name; the name is where the work appeared.
    /// </summary>
    public static bool EndsInPublicationName(List<Word> segment)
    {
        var firstName = segment.FindIndex(NameLexicon.IsNameWord);
        return firstName > 2 && FunctionWords.IsDeterminer(segment[0].Text) && !segment[1].IsCapitalized
            && PublicationNouns.Contains(segment[firstName - 1].Lower)
            && segment.Skip(firstName).All(NameLexicon.IsNameWord)
            && segment.Take(firstName - 1).Skip(2).Any(w => !w.IsCapitalized && FunctionWords.Prepositions.Contains(w.Lower));
    }

    /// <summary>`the chair of the Northfield Rowing Club`: an appositive whose role noun comes before the body it names.</summary>
    public static bool IsRoleBeforeName(List<Word> segment)
    {
        var firstName = segment.FindIndex(NameLexicon.IsNameWord);
        return FunctionWords.IsDeterminer(segment[0].Text) && firstName > 1
            && segment.Take(firstName).Any(w => !w.IsCapitalized && RoleLexicon.IsRoleNoun(w.Text));
    }

    /// <summary>Comma-separated parts of a phrase; parenthesised asides such as `(D-Va.)` are left out.</summary>
    public static List<List<Word>> SplitAtCommas(string text, IReadOnlyList<Word> words)
    {
        var segments = new List<List<Word>>();
        var depth = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var gap = i == 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            depth = Math.Max(0, depth + gap.Count('(') - gap.Count(')'));
            if (depth > 0)
            {
                continue;
            }

            if (segments.Count == 0 || gap.IndexOfAny(SegmentBreaks) >= 0)
            {
                segments.Add([]);
            }

            segments[^1].Add(words[i]);
        }

        return segments;
    }

    /// <summary>`a Democratic staffer in the room` → `a Democratic staffer`.</summary>
    public static List<Word> BeforeFirstPreposition(List<Word> segment)
    {
        var cut = segment.FindIndex(1, w => !w.IsCapitalized && (FunctionWords.Prepositions.Contains(w.Lower) || w.Lower == "that"));
        return cut > 0 ? segment.GetRange(0, cut) : [];
    }

    public static List<Word> TrimVerbModifiers(List<Word> segment)
    {
        var count = segment.Count;
        while (count > 0 && !segment[count - 1].IsCapitalized
            && (FunctionWords.VerbModifiers.Contains(segment[count - 1].Lower) || FunctionWords.ProgressiveAuxiliaries.Contains(segment[count - 1].Lower)
                || MannerAdverb.Is(segment[count - 1].Lower)))
        {
            count--;
        }

        return segment.GetRange(0, count);
    }

    public static List<Word> DescriptionWords(List<Word> phrase)
    {
        var start = phrase.Count;
        while (start > 0 && phrase.Count - start < 5 && !IsClauseWord(phrase[start - 1])
            && !FunctionWords.ConjunctionsAndClauseStarts.Contains(phrase[start - 1].Lower) && !FunctionWords.IsPronoun(phrase[start - 1].Text))
        {
            start--;
        }

        return phrase.GetRange(start, phrase.Count - start);
    }

    /// <summary>A role as written, without a leading article.</summary>
}
