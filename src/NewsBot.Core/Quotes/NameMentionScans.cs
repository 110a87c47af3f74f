namespace NewsBot.Core.Quotes;

/// <summary>
/// What <see cref="NameIndex"/> asks of the mentions between two positions (a person of the other gender, the same name
/// again, how many people), read in plain loops: a closure and a delegate per question were a share of a pass's
/// allocations (issue 11).
/// </summary>
internal sealed class NameMentionScans(List<NameMention> mentions, ReferentChecks checks, FullFormFinder fullForms)
{
    /// <summary>
    /// Whether a sentence between <paramref name="from"/> and <paramref name="position"/> is about a person who does not fit
    /// <paramref name="gender"/> (opens with them, or they are a reporting verb's subject).
    /// </summary>
    public bool OtherGenderSubjectBefore(int position, int from, Gender gender, string antecedent)
    {
        if (gender == Gender.Unknown)
        {
            return false;
        }

        foreach (var m in mentions)
        {
            if (OutsideQuotesBetween(m, from, position) && m.LastWord != antecedent
                && (m.OpensSentence || m.SubjectOfReportingVerb) && (m.Kind == NameKind.Person || ReferentChecks.IsGenderedSubject(m)) && !ReferentChecks.LooksPlural(m)
                && (!checks.IsCapitalizedWord(m) || ReferentChecks.IsGenderedSubject(m)) && checks.CanBePerson(fullForms.FullForm(m.Words, m.Span.Start) ?? m) && !checks.Fits(m, gender))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person who does not fit <paramref name="gender"/> is named outside quotes between the two positions.</summary>
    public bool OtherGenderPersonBetween(int start, int position, Gender gender, string antecedent)
    {
        if (gender == Gender.Unknown)
        {
            return false;
        }

        foreach (var m in mentions)
        {
            if (OutsideQuotesBetween(m, start, position) && m.LastWord != antecedent
                && m.Kind == NameKind.Person && !ReferentChecks.LooksPlural(m) && !checks.IsCapitalizedWord(m) && !ReferentChecks.NotAReferent(m)
                && checks.CanBePerson(fullForms.FullForm(m.Words, m.Span.Start) ?? m) && !checks.Fits(m, gender))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name ending in <paramref name="lastWord"/> is mentioned outside quotes between the two positions.</summary>
    public bool Named(string lastWord, int start, int position)
    {
        foreach (var m in mentions)
        {
            if (OutsideQuotesBetween(m, start, position) && m.LastWord == lastWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many different people that fit <paramref name="gender"/> are named outside quotes between the two positions.</summary>
    public int PeopleBetween(int start, int position, Gender gender)
    {
        // Most calls find no one or one person: the set of last words is made only for a second.
        string? first = null;
        HashSet<string>? people = null;
        foreach (var m in mentions)
        {
            if (!PersonFitting(m, start, position, gender))
            {
                continue;
            }

            if (first is null)
            {
                first = m.LastWord;
            }
            else if (people is not null || !string.Equals(first, m.LastWord, StringComparison.Ordinal))
            {
                (people ??= new HashSet<string>(StringComparer.Ordinal) { first }).Add(m.LastWord);
            }
        }

        return people?.Count ?? (first is null ? 0 : 1);
    }

    /// <summary>
    /// Whether someone besides <paramref name="antecedent"/> fits the pronoun between the two positions. When the antecedent's
    /// gender is known to agree, a name of unknown gender that no sentence is about (`The ward member for Tundavi Central,
    /// Daniel Mbeyu, …`, `the Pixlo Prime tier`) is no rival: a place or a product the pronoun does not point back to.
    /// </summary>
    public bool RivalBetween(int start, int position, Gender gender, NameMention antecedent)
    {
        var someoneElse = PeopleBetween(start, position, gender) > 1;
        if (!someoneElse || gender == Gender.Unknown || checks.KnownGender(antecedent) != gender)
        {
            return someoneElse;
        }

        // `Daniel` after `Daniel Mbeyu` is the antecedent again, not a rival.
        foreach (var m in mentions)
        {
            if (PersonFitting(m, start, position, gender) && !antecedent.Words.Contains(m.LastWord)
                && (checks.KnownGender(m) == gender || m.OpensSentence || m.SubjectOfReportingVerb || m.FollowsOpeningPhrase || m.SpeaksAfterQuote))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person outside quotes between the two positions whom a pronoun of <paramref name="gender"/> could mean.</summary>
    private bool PersonFitting(NameMention m, int start, int position, Gender gender) =>
        OutsideQuotesBetween(m, start, position) && m.Kind is NameKind.Person or NameKind.Unknown
        && !ReferentChecks.LooksPlural(m) && !checks.IsCapitalizedWord(m) && !ReferentChecks.NotAReferent(m) && checks.Fits(m, gender);

    /// <summary>A mention in the article's own voice that starts between the two positions.</summary>
    private static bool OutsideQuotesBetween(NameMention m, int start, int position) => m.Span.Start >= start && m.Span.Start < position && !m.InsideQuote;
}
