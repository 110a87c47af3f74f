namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the speaker phrase next to a reporting verb: the name and the role around it
/// (`Kremlin spokesperson Dmitry Peskov`, `Peskov, the Kremlin spokesperson,`), a pronoun, `the company` or a description.
/// </summary>
internal static class NounPhraseReader
{
    private const int MaxPhraseWords = 9;

    /// <summary>The phrase that ends right before the verb (`X said`), skipping asides such as `, 54,` or `, in a statement,`.</summary>
    public static SpeakerCandidate? BeforeVerb(string text, IReadOnlyList<Word> words)
    {
        var segments = PhraseWords.SplitAtCommas(text, words);
        if (segments.Count > 0 && AddressedNames.AtEnd(segments[^1]) is var addressed and >= 0)
        {
            // `Another source speaking to Harbour News said`: the outlet heard it; the phrase before it is the subject.
            segments[^1] = AddressedNames.Before(segments[^1], addressed);
            if (segments[^1].Count == 0)
            {
                return null;
            }
        }
        string? appositiveRole = null;
        var named = segments.Count - 2;
        while (named > 0 && IsAge(segments[named]))
        {
            named--;
        }

        if (named >= 0 && (FunctionWords.IsDeterminer(segments[^1][0].Text) || IsTitleAtBody(segments[^1])) && IsNamePhrase(segments[named])
            && Head(text, segments[named]) is { Kind: CandidateKind.Name } person && !person.Words.Any(NameLexicon.PlaceWords.Contains))
        {
            // `Morton Blackwell, the Republican National Committeeman from Virginia, told AFP`, `Jane Roe, 42, a lecturer
            // from Leeds, said`: the name, not the place.
            return person with { Role = person.Role ?? RoleText(text, segments[^1]) };
        }

        if ((AssociateOfName.Described(text, segments) ?? AppositionChain.Subject(text, segments)) is { } apposed)
        {
            return apposed;
        }

        if (segments.Count > 0 && PhraseWords.EndsInPublicationName(segments[^1]))
        {
            // `The authors of the research published in the journal Harbour Medicine argued`: the journal is where the work
            // appeared, not who argues; the subject is the phrase before its first preposition.
            return Head(text, PhraseWords.BeforeFirstPreposition(segments[^1]));
        }

        if (segments.Count > 0 && PhraseWords.TrimVerbModifiers(segments[^1]) is [.., var beforeVerb] && NameLexicon.IsNameWord(beforeVerb)
            && segments[^1][0].Lower is not ("who" or "which" or "whose")

            && !(segments.Count > 1 && PhraseWords.IsRoleBeforeName(segments[^1]))
            && Head(text, PhraseWords.TrimVerbModifiers(segments[^1])) is { Kind: CandidateKind.Name } subject)
        {
            // `to which O'Malley interjected`: a name right before the verb is its subject, whatever precedes it.
            return subject;
        }

        for (var i = segments.Count - 1; i >= 0 && i >= segments.Count - 3; i--)
        {
            var segment = segments[i];
            if (i < segments.Count - 1 && SentenceSubjectFinder.IsSubordinator(segment[0].Lower))
            {
                // `Although Berg's team disagreed, a council official said`: the opening clause holds no subject of the verb.
                break;
            }

            if (i > 0 && PhraseWords.IsAside(segment))
            {
                continue;
            }

            if (i > 0 && PhraseWords.IsAppositiveRole(segment))
            {
                appositiveRole ??= RoleText(text, segment);
                continue;
            }

            var head = Head(text, PhraseWords.TrimVerbModifiers(segment)) ?? Head(text, PhraseWords.BeforeFirstPreposition(segment));
            if (head is null && segment[0].Lower is "and" or "but")
            {
                // `… reported from South America, and the Director noted`: the clause before the conjunction has its own subject;
                // `But either way, at some point, Ford's father told`: a description right before the verb is this clause's.
                return DescriptionBeforeVerb(text, segments, appositiveRole);
            }

            if (head is null)
            {
                // `Nate Silver, the polling guru who founded the site, tweeted`: try the name before the aside.
                continue;
            }

            if (appositiveRole is not null && head is { Kind: CandidateKind.Name } && head.Words.Any(NameLexicon.PlaceWords.Contains))
            {
                // `In Hudson, New Hampshire, the Christie supporter said`: a place is no one's appositive.
                return Head(text, PhraseWords.TrimVerbModifiers(segments[^1]));
            }

            return head with { Role = head.Role ?? appositiveRole };
        }

        return DescriptionBeforeVerb(text, segments, appositiveRole);
    }

    /// <summary>`At a press conference, a reporter asked`: no name for the role to stand beside; the description is the subject.</summary>
    private static SpeakerCandidate? DescriptionBeforeVerb(string text, List<List<Word>> segments, string? appositiveRole) =>
        appositiveRole is not null && segments.Count > 1 && PhraseWords.IsAppositiveRole(segments[^1])
            ? Head(text, PhraseWords.TrimVerbModifiers(segments[^1]))
            : null;

    /// <summary>The phrase that follows the verb (`said Dmitry Peskov, the Kremlin spokesperson`).</summary>
    public static SpeakerCandidate? AfterVerb(string text, IReadOnlyList<Word> words)
    {
        var segments = PhraseWords.SplitAtCommas(text, words.SkipWhile(w => FunctionWords.TimeWords.Contains(w.Lower)).ToList());
        if (segments.Count == 0)
        {
            return null;
        }

        if (DocumentSource.Issuer(segments[0]) is { } issuer)
        {
            segments[0] = issuer;
        }

        var phrase = segments[0].TakeWhile((w, i) => !PhraseWords.IsClauseWord(w) || InsideName(text, segments[0], i)).ToList();
        if (phrase.Count == 0 || (!PhraseWords.CanStartPhrase(phrase[0]) && !phrase.Take(4).Any(NameLexicon.IsNameWord)))
        {
            return null;
        }

        var head = Head(text, phrase);
        if (head is null)
        {
            return null;
        }

        if (head.Kind == CandidateKind.Description && RoleLexicon.IsRoleNoun(head.Words[0]) && DescriptionParts.NamedComplementEnd(segments[0], phrase.Count) is { } end)
        {
            // `said a longtime adviser to Mayor Olsen`: the name the description hangs on belongs to it.
            head = head with { Written = head.Written + text[phrase[^1].End..end] };
        }

        if (head.Kind == CandidateKind.Description && segments.Count > 1 && DescriptionParts.NamedAppositive(text, segments[1]) is { } named)
        {
            // `according to the harbour master, Lars Eriksen,`: the description introduces the name that follows it.
            return named with { Role = named.Role ?? head.Role };
        }

        var role = segments.Count > 1 && PhraseWords.IsAppositiveRole(segments[1]) ? RoleText(text, segments[1]) : null;
        return head with { Role = head.Role ?? role };
    }

    /// <summary>
    /// `the Ministry of Transport`: an `of` between capitalised words belongs to the name, not to a clause; one before a
    /// possessive (`Rosaly Lopes of NASA's Jet Propulsion Laboratory`) says where the person works; a `for` after an office
    /// (`High Commissioner for Refugees Jane Roe`) belongs to the office.
    /// </summary>
    private static bool InsideName(string text, List<Word> words, int index) =>
        (words[index].Lower == "of" || NameMentionReader.IsOfficeFor(words, index)) && index > 0 && index + 1 < words.Count && words[index - 1].IsCapitalized && words[index + 1].IsCapitalized
        && !IsPossessive(text, words[index + 1]);

    private static bool IsPossessive(string text, Word word)
    {
        var rest = text.AsSpan(word.Start);
        return rest.Length > word.Text.Length + 1 && rest[word.Text.Length] is '\'' or '’' && rest[word.Text.Length + 1] == 's'
            || word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("’s", StringComparison.Ordinal);
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
        if (runs.Count > 0 && runs[^1][^1].Start == last.Start && NamedHead(text, phrase, runs[^1]) is { } named)
        {
            return named;
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

        if (phrase.Count <= 2 && ContractedPronoun(last.Lower) is { } contracted)
        {
            // `he’d respond, “…”`, `she’ll say`: the pronoun under the auxiliary's contraction.
            return new SpeakerCandidate(CandidateKind.Pronoun, [contracted], last.Start, last.Text);
        }

        var description = PhraseWords.DescriptionWords(phrase);
        if (description.Count == 0)
        {
            return null;
        }

        var written = RoleText(text, description);
        var kind = RoleLexicon.IsOrganisationNoun(last.Text) && !RoleLexicon.IsRoleNoun(last.Text) ? CandidateKind.OrganisationReference : CandidateKind.Description;
        // `the designer`: any noun after an article names a source, even one the role lexicon lacks.
        var determined = description.Count >= 2 && FunctionWords.IsDeterminer(description[0].Text) && !last.IsCapitalized;
        return RoleLexicon.IsRoleNoun(last.Text) || kind == CandidateKind.OrganisationReference || determined
            ? new SpeakerCandidate(kind, [last.Lower], description[0].Start, written) { Role = written, Gender = PhraseWords.RoleGender(description) }
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
        while (roleStart > 0 && firstRole - roleStart < 6 && PhraseWords.IsRoleWord(phrase[roleStart - 1]))
        {
            roleStart--;
        }

        var roleWords = phrase.GetRange(roleStart, firstRole - roleStart);
        string? role = null;
        if (roleWords.Any(w => RoleLexicon.IsRoleNoun(w.Text) || NameLexicon.Titles.Contains(w.Text)) || mention.Title is not null)
        {
            var start = roleWords.Count > 0 ? roleWords[RolePhrase.FirstRoleWord(text, roleWords)].Start : run[0].Start;
            // `Car Talk expert, John Paul`: the apposition's comma is no part of the role.
            role = text[start..mention.Span.Start].Trim().TrimEnd(',').TrimEnd();
            role = NameLexicon.Honorifics.Contains(role.TrimEnd('.')) ? null : role;
        }

        var gender = mention.Gender != Gender.Unknown ? mention.Gender : PhraseWords.RoleGender(roleWords);
        return new SpeakerCandidate(CandidateKind.Name, mention.Words, mention.Span.Start, mention.Text) { Role = role, Gender = gender };
    }

    /// <summary>`Chief Cyber Solutions Officer at Cloudflare`: a title, capitalised as a name is, then the body it serves.</summary>
    private static bool IsTitleAtBody(List<Word> segment)
    {
        var preposition = segment.FindIndex(w => w.Lower is "at" or "of" or "for" && !w.IsCapitalized);
        return preposition > 0 && preposition < segment.Count - 1
            && segment.Take(preposition).Any(w => RoleLexicon.IsRoleNoun(w.Text) || NameLexicon.Titles.Contains(w.Text));
    }

    /// <summary>
    /// `Ada Holm`, or a name after its role words (`Senior author Dr. Ada Holm`): the part before an appositive `associate
    /// professor of surgery at Northfield University` that names the person, not the body the apposition ends with.
    /// </summary>
    private static bool IsNamePhrase(List<Word> segment) =>
        segment.All(NameLexicon.IsNameWord)
        || (segment.Count >= 3 && NameLexicon.IsNameWord(segment[^1]) && NameLexicon.IsNameWord(segment[^2])
            && !FunctionWords.Prepositions.Contains(segment[0].Lower)
            && segment.Any(w => !w.IsCapitalized && RoleLexicon.IsRoleNoun(w.Text)));

    /// <summary>`he’d`, `she'll`: the personal pronoun before a contracted `would`/`had`/`will`, else null.</summary>
    private static string? ContractedPronoun(string word)
    {
        foreach (var suffix in ContractedAuxiliaries)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word[..^suffix.Length] is "he" or "she" or "they")
            {
                return word[..^suffix.Length];
            }
        }

        return null;
    }

    private static readonly string[] ContractedAuxiliaries = ["’d", "'d", "’ll", "'ll"];

    /// <summary>`, 42,`: the age newsrooms set after a name.</summary>
    private static bool IsAge(List<Word> segment) => segment.Count == 1 && segment[0].Text.All(char.IsDigit);

    private static string RoleText(string text, List<Word> words) => RolePhrase.Text(text, words);
}
