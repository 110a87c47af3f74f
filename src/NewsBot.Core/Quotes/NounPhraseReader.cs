namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the speaker phrase next to a reporting verb: the name and the role around it
/// (`Kremlin spokesperson Dmitry Peskov`, `Peskov, the Kremlin spokesperson,`), a pronoun, `the company` or a description.
/// </summary>
internal static class NounPhraseReader
{
    private const int MaxPhraseWords = 9;

    private static readonly System.Buffers.SearchValues<char> SegmentBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    /// <summary>The phrase that ends right before the verb (`X said`), skipping asides such as `, 54,` or `, in a statement,`.</summary>
    public static SpeakerCandidate? BeforeVerb(string text, IReadOnlyList<Word> words)
    {
        var segments = SplitAtCommas(text, words);
        string? appositiveRole = null;
        if (segments.Count > 0 && NameLexicon.IsNameWord(segments[^1][^1]) && segments[^1][0].Lower is not ("who" or "which" or "whose")
            && Head(text, TrimVerbModifiers(segments[^1])) is { Kind: CandidateKind.Name } named)
        {
            // `to which O'Malley interjected`: a name right before the verb is its subject, whatever precedes it.
            return named;
        }

        for (var i = segments.Count - 1; i >= 0 && i >= segments.Count - 3; i--)
        {
            var segment = segments[i];
            if (i > 0 && IsAside(segment))
            {
                continue;
            }

            if (i > 0 && IsAppositiveRole(segment))
            {
                appositiveRole ??= RoleText(text, segment);
                continue;
            }

            var head = Head(text, TrimVerbModifiers(segment));
            if (appositiveRole is not null && head is { Kind: CandidateKind.Name } && head.Words.Any(NameLexicon.PlaceWords.Contains))
            {
                // `In Hudson, New Hampshire, the Christie supporter said`: a place is no one's appositive.
                return Head(text, TrimVerbModifiers(segments[^1]));
            }

            return head is null ? null : head with { Role = head.Role ?? appositiveRole };
        }

        return null;
    }

    /// <summary>The phrase that follows the verb (`said Dmitry Peskov, the Kremlin spokesperson`).</summary>
    public static SpeakerCandidate? AfterVerb(string text, IReadOnlyList<Word> words)
    {
        var segments = SplitAtCommas(text, words.SkipWhile(w => FunctionWords.TimeWords.Contains(w.Lower)).ToList());
        if (segments.Count == 0)
        {
            return null;
        }

        var phrase = segments[0].TakeWhile(w => !IsClauseWord(w)).ToList();
        if (phrase.Count == 0 || (!CanStartPhrase(phrase[0]) && !phrase.Take(4).Any(NameLexicon.IsNameWord)))
        {
            return null;
        }

        var head = Head(text, phrase);
        if (head is null)
        {
            return null;
        }

        var role = segments.Count > 1 && IsAppositiveRole(segments[1]) ? RoleText(text, segments[1]) : null;
        return head with { Role = head.Role ?? role };
    }

    /// <summary>The speaker phrase at the end of <paramref name="phrase"/>.</summary>
    public static SpeakerCandidate? Head(string text, List<Word> phrase)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        while (phrase.Count > 0 && FunctionWords.TimeWords.Contains(phrase[^1].Lower))
        {
            phrase = phrase[..^1];
        }

        if (phrase.Count == 0)
        {
            return null;
        }

        if (phrase.Count > MaxPhraseWords)
        {
            phrase = phrase[^MaxPhraseWords..];
        }

        var runs = NameMentionReader.Runs(text, phrase);
        var last = phrase[^1];
        if (runs.Count > 0 && runs[^1][^1].Start == last.Start)
        {
            return NamedHead(text, phrase, runs[^1]);
        }

        var trailing = runs.Count > 0 ? phrase.Count(w => w.Start > runs[^1][^1].Start) : phrase.Count;
        if (runs.Count > 0 && trailing <= 3 && RoleLexicon.IsOrganisationNoun(last.Text))
        {
            // `the Clinton campaign`: a named body speaks.
            var start = runs[^1][0].Start;
            return new SpeakerCandidate(CandidateKind.Name, [text[start..last.End]], start, text[start..last.End]) { Role = null };
        }

        if (FunctionWords.IsPronoun(last.Text) && phrase.Count <= 2)
        {
            return new SpeakerCandidate(CandidateKind.Pronoun, [last.Lower], last.Start, last.Text);
        }

        var description = DescriptionWords(phrase);
        if (description.Count == 0)
        {
            return null;
        }

        var written = RoleText(text, description);
        var kind = RoleLexicon.IsOrganisationNoun(last.Text) && !RoleLexicon.IsRoleNoun(last.Text) ? CandidateKind.OrganisationReference : CandidateKind.Description;
        return RoleLexicon.IsRoleNoun(last.Text) || kind == CandidateKind.OrganisationReference
            ? new SpeakerCandidate(kind, [last.Lower], description[0].Start, written) { Role = written, Gender = RoleGender(description) }
            : null;
    }

    private static SpeakerCandidate? NamedHead(string text, List<Word> phrase, List<Word> run)
    {
        var mention = NameMentionReader.Read(text, run, _ => false);
        if (mention is null)
        {
            return null;
        }

        var firstRole = phrase.FindIndex(w => w.Start == run[0].Start);
        var roleStart = firstRole;
        while (roleStart > 0 && firstRole - roleStart < 6 && IsRoleWord(phrase[roleStart - 1]))
        {
            roleStart--;
        }

        var roleWords = phrase.GetRange(roleStart, firstRole - roleStart);
        string? role = null;
        if (roleWords.Any(w => RoleLexicon.IsRoleNoun(w.Text) || NameLexicon.Titles.Contains(w.Text)) || mention.Title is not null)
        {
            var start = roleWords.Count > 0 ? roleWords[0].Start : run[0].Start;
            role = text[start..mention.Span.Start].Trim();
            role = NameLexicon.Honorifics.Contains(role.TrimEnd('.')) ? null : role;
        }

        var gender = mention.Gender != Gender.Unknown ? mention.Gender : RoleGender(roleWords);
        return new SpeakerCandidate(CandidateKind.Name, mention.Words, mention.Span.Start, mention.Text) { Role = role, Gender = gender };
    }

    private static bool CanStartPhrase(Word word) =>
        word.IsCapitalized || FunctionWords.IsDeterminer(word.Text) || FunctionWords.IsPronoun(word.Text) || RoleLexicon.IsRoleNoun(word.Text);

    /// <summary>Words that can make up a role before a name: `White House press secretary`, `former deputy mayor`.</summary>
    private static bool IsRoleWord(Word word) =>
        NameLexicon.IsNameWord(word) || RoleLexicon.IsRoleNoun(word.Text) || RoleLexicon.IsOrganisationNoun(word.Text)
        || RoleModifiers.Contains(word.Lower) || AdjectiveEndings.Any(e => word.Lower.EndsWith(e, StringComparison.Ordinal));

    private static readonly HashSet<string> RoleModifiers = ["vice", "deputy", "former", "senior", "chief", "acting", "interim", "assistant", "associate", "executive", "general", "longtime", "top", "press", "communications", "policy", "campaign", "state", "federal", "national", "local", "city", "county", "police", "defense", "foreign", "finance", "health", "labor", "interior"];

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ive", "ary", "ian", "ior", "ern", "ist", "ish", "ese"];

    private static bool IsClauseWord(Word word) =>
        !word.IsCapitalized && (FunctionWords.Prepositions.Contains(word.Lower) || ReportingVerbs.IsReportingVerb(word.Text));

    private static List<Word> DescriptionWords(List<Word> phrase)
    {
        var start = phrase.Count;
        while (start > 0 && phrase.Count - start < 5 && !IsClauseWord(phrase[start - 1])
            && !FunctionWords.ConjunctionsAndClauseStarts.Contains(phrase[start - 1].Lower) && !FunctionWords.IsPronoun(phrase[start - 1].Text))
        {
            start--;
        }

        return phrase.GetRange(start, phrase.Count - start);
    }

    private static Gender RoleGender(IEnumerable<Word> words)
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

    private static List<Word> TrimVerbModifiers(List<Word> segment)
    {
        var count = segment.Count;
        while (count > 0 && !segment[count - 1].IsCapitalized && FunctionWords.VerbModifiers.Contains(segment[count - 1].Lower))
        {
            count--;
        }

        return segment.GetRange(0, count);
    }

    private static bool IsAside(List<Word> segment) =>
        segment.Count == 0
        || char.IsDigit(segment[0].Text[0])
        || (!segment[0].IsCapitalized && FunctionWords.Prepositions.Contains(segment[0].Lower))
        || FunctionWords.TimeWords.Contains(segment[0].Lower);

    private static bool IsAppositiveRole(List<Word> segment) =>
        segment[0].Lower is not ("who" or "which" or "whose" or "where" or "according" or "when" or "while")
        && segment.Any(w => RoleLexicon.IsRoleNoun(w.Text) || RoleLexicon.IsOrganisationNoun(w.Text))
        && (FunctionWords.IsDeterminer(segment[0].Text) || RoleLexicon.IsRoleNoun(segment[0].Text) || !NameLexicon.IsNameWord(segment[^1]));

    /// <summary>A role as written, without a leading article.</summary>
    private static string RoleText(string text, List<Word> words)
    {
        var first = words[0].Lower is "the" or "a" or "an" && words.Count > 1 ? 1 : 0;
        return text[words[first].Start..words[^1].End];
    }

    /// <summary>Comma-separated parts of a phrase; parenthesised asides such as `(D-Va.)` are left out.</summary>
    private static List<List<Word>> SplitAtCommas(string text, IReadOnlyList<Word> words)
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
}
