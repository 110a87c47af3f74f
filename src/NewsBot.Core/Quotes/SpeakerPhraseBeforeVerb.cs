namespace NewsBot.Core.Quotes;

/// <summary>The speaker phrase that ends right before the verb (`X said`), skipping asides such as `, 54,` or `, in a statement,`.</summary>
internal static class SpeakerPhraseBeforeVerb
{
    public static SpeakerCandidate? Read(string text, IReadOnlyList<Word> words)
    {
        var segments = PhraseWords.SplitAtCommas(text, words);
        if (segments.Count > 0 && DocumentReader.Opens(segments, out var sender))
        {
            return sender is null ? null : SpeakerPhraseAfterVerb.Read(text, sender);
        }

        if (!SetAsideAddressedOutlet(segments))
        {
            return null;
        }

        if ((NameBeforeDescription(text, segments) ?? AssociateOfName.Described(text, segments) ?? AppositionChain.Subject(text, segments)) is { } apposed)
        {
            return apposed;
        }

        if (segments.Count > 0 && PhraseWords.EndsInPublicationName(segments[^1]))
        {
            // `The authors of the research published in the journal Harbour Medicine argued`: the journal is where the work
            // appeared, not who argues; the subject is the phrase before its first preposition.
            return SpeakerPhraseHead.Read(text, PhraseWords.BeforeFirstPreposition(segments[^1]));
        }

        return NameRightBeforeVerb(text, segments) ?? HeadOfLastSegments(text, segments);
    }

    /// <summary>Drops an outlet the phrase ends by addressing; false when nothing is left of the last segment.</summary>
    private static bool SetAsideAddressedOutlet(List<List<Word>> segments)
    {
        if (segments.Count > 0 && AddressedNames.AtEnd(segments[^1]) is var addressed and >= 0)
        {
            // `Another source speaking to Harbour News said`: the outlet heard it; the phrase before it is the subject.
            segments[^1] = AddressedNames.Before(segments[^1], addressed);
            if (segments[^1].Count == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name, then a description of it, before the verb.</summary>
    private static SpeakerCandidate? NameBeforeDescription(string text, List<List<Word>> segments)
    {
        var named = segments.Count - 2;
        while (named > 0 && IsAge(segments[named]))
        {
            named--;
        }

        var name = named >= 0 ? WithoutAgeCompound(segments[named]) : null;
        if (name is not null && (FunctionWords.IsDeterminer(segments[^1][0].Text) || IsTitleAtBody(segments[^1])) && IsNamePhrase(name)
            && SpeakerPhraseHead.Read(text, name) is { Kind: CandidateKind.Name } person && !person.Words.Any(NameLexicon.PlaceWords.Contains))
        {
            // `Morton Blackwell, the Republican National Committeeman from Virginia, told AFP`, `Jane Roe, 42, a lecturer
            // from Leeds, said`: the name, not the place.
            return person with { Role = person.Role ?? RolePhrase.Text(text, segments[^1]) };
        }

        return null;
    }

    /// <summary>A name the verb follows at once, as its subject, whatever the segment says before it.</summary>
    private static SpeakerCandidate? NameRightBeforeVerb(string text, List<List<Word>> segments)
    {
        if (segments.Count > 0 && PhraseWords.TrimVerbModifiers(segments[^1]) is [.., var beforeVerb] && NameLexicon.IsNameWord(beforeVerb)
            && segments[^1][0].Lower is not ("who" or "which" or "whose")
            && !RelativeClauseObject.EndsIn(PhraseWords.TrimVerbModifiers(segments[^1]))

            && !(segments.Count > 1 && PhraseWords.IsRoleBeforeName(segments[^1]))
            && SpeakerPhraseHead.Read(text, PhraseWords.TrimVerbModifiers(segments[^1])) is { Kind: CandidateKind.Name } subject)
        {
            // `to which O'Malley interjected`: a name right before the verb is its subject, whatever precedes it.
            return subject;
        }

        return null;
    }

    /// <summary>The head of one of the last three segments, the nearest that reads as a subject, with an appositive role beside it.</summary>
    private static SpeakerCandidate? HeadOfLastSegments(string text, List<List<Word>> segments)
    {
        string? appositiveRole = null;
        for (var i = segments.Count - 1; i >= 0 && i >= segments.Count - 3; i--)
        {
            var segment = segments[i];
            if (RelativeClauseObject.EndsIn(PhraseWords.TrimVerbModifiers(segment)))
            {
                // `Lorry drivers, the men who voted for Edith Carrow, said`: the subject is before the clause, or unknown.
                if (i == 0)
                {
                    return null;
                }

                continue;
            }

            if (i < segments.Count - 1 && SentenceSubjectFinder.IsSubordinator(segment[0].Lower))
            {
                // `Although Berg's team disagreed, a council official said`: the opening clause holds no subject of the verb.
                break;
            }

            if (i > 0 && PhraseWords.IsAside(segment))
            {
                continue;
            }

            if (i == 0 && appositiveRole is not null && (FunctionWords.Prepositions.Contains(segment[0].Lower) || OpensParticipleClause(segment)))
            {
                // `In an official response to the inquiry, the agency said`, `Inaugurating a station at Pudupet, the Chief
                // Minister said`: an opening adverbial holds no name for the description before the verb to stand beside;
                // that description is the subject.
                break;
            }

            if (i > 0 && PhraseWords.IsAppositiveRole(segment))
            {
                appositiveRole ??= RolePhrase.Text(text, segment);
                continue;
            }

            var head = SpeakerPhraseHead.Read(text, PhraseWords.TrimVerbModifiers(segment)) ?? SpeakerPhraseHead.Read(text, PhraseWords.BeforeFirstPreposition(segment));
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
                return SpeakerPhraseHead.Read(text, PhraseWords.TrimVerbModifiers(segments[^1]));
            }

            return head with { Role = head.Role ?? appositiveRole };
        }

        return DescriptionBeforeVerb(text, segments, appositiveRole);
    }

    /// <summary>`At a press conference, a reporter asked`: no name for the role to stand beside; the description is the subject.</summary>
    private static SpeakerCandidate? DescriptionBeforeVerb(string text, List<List<Word>> segments, string? appositiveRole) =>
        appositiveRole is not null && segments.Count > 1 && PhraseWords.IsAppositiveRole(segments[^1])
            ? SpeakerPhraseHead.Read(text, PhraseWords.TrimVerbModifiers(segments[^1]))
            : null;

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

    /// <summary>
    /// `Opening the debate`, `Asked about the delay`: a participle and its lower-case object open an adverbial clause, not a
    /// name (`Manning`, `Browning Hale`).
    /// </summary>
    private static bool OpensParticipleClause(List<Word> segment) =>
        segment.Count > 1 && !segment[1].IsCapitalized
        && ((segment[0].Lower.Length > 5 && segment[0].Lower.EndsWith("ing", StringComparison.Ordinal)) || segment[0].Lower is "asked" or "pressed" or "questioned");

    /// <summary>`, 42,`: the age newsrooms set after a name.</summary>
    private static bool IsAge(List<Word> segment) => segment.Count == 1 && segment[0].Text.All(char.IsDigit);

    /// <summary>
    /// `81-year-old Walter Dunmore, a retired welder who voted for …, said`: an age written before the name is no part of it;
    /// without it the name is missed and a name inside the apposition's relative clause stands nearest the verb.
    /// </summary>
    private static List<Word> WithoutAgeCompound(List<Word> segment) =>
        segment.Count >= 2 && IsAgeCompound(segment[0].Lower) ? segment.GetRange(1, segment.Count - 1) : segment;

    private static bool IsAgeCompound(string word)
    {
        const string suffix = "-year-old";
        var digits = word.Length - suffix.Length;
        return digits is >= 1 and <= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.AsSpan(0, digits).ContainsAnyExceptInRange('0', '9');
    }
}
