namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// German descriptions by a person noun (`der Aktivist`, `die Grünen-Politikerin`): whether the noun names a person at all, and
/// the subject of the sentence before that such a noun goes on about.
/// </summary>
internal sealed class GermanPersonNoun(LanguageKnowledge language, PersonNames people, ClauseEdges clauses)
{
    /// <summary>
    /// `Bundesminister Jonas Wegner dringt auf … . Der Grünen-Politiker sagte:`, `Noch wartet Anton Gerber ab. Doch der Aktivist
    /// sagt:`: German papers name a person, then go on with another noun for the same person; a person noun of the person's
    /// gender is the subject of the sentence before, when no one else who fits was named since.
    /// </summary>
    public Subject PreviousSubject(List<Word> description, int anchor, int notBefore, Gender gender)
    {
        var position = description[0].Start;
        if (!language.CapitalisesNouns || gender == Gender.Unknown || !IsPersonNoun(description, gender))
        {
            return Subject.Anonymous(position);
        }

        var from = Math.Min(anchor, position);
        var sentenceBefore = clauses.SentenceStart(clauses.SentenceStart(from) - 1);
        var subject = people.Latest(from, Math.Max(notBefore, sentenceBefore), gender, subjectsOnly: true);
        // `Jonas Wegner traf Paul Kramer. Der Politiker sagte:` could be either: no one else who fits may be named since the sentence before began.
        return subject is null || people.GenderOf(subject) != gender || people.OtherNamedBetween(subject.Words, sentenceBefore, from, gender)
            ? Subject.Anonymous(position)
            : Subject.Of(PronounReferent.Referring(subject.ToCandidate(people.Fullest(subject.Words)), CandidateKind.Description, position));
    }

    /// <summary>
    /// `der Aktivist`, `die Sängerin`, `der Mann`, `die Familien- und Frauenministerin`: a noun of a German description names a
    /// person, of either gender (or the description has no noun to tell).
    /// </summary>
    public bool NamesPerson(List<Word> description)
    {
        var nouns = description.Where(w => w.IsCapitalized && !language.Determiners.Contains(w.Lower)).Select(w => w.Text).ToList();
        // `der Angeklagte`, `der Grüne`, `der Grieche`: a masculine noun in -e is almost always a person.
        var masculine = description[0].Lower is "der" or "ein" or "dieser";
        return nouns.Count == 0 || nouns.Any(n => CapitalisedRole.IsRoleNoun(n, language.Code) || CapitalisedRole.IsPersonWord(n) || (masculine && n.EndsWith('e')));
    }

    /// <summary>`der Aktivist`, `die Grünen-Politikerin`: the head noun names a person of that gender (German `die Forscher` is plural).</summary>
    private bool IsPersonNoun(List<Word> description, Gender gender)
    {
        var head = description.Find(w => w.IsCapitalized && !language.Determiners.Contains(w.Lower)).Text;
        if (head is null || !CapitalisedRole.IsRoleNoun(head, language.Code))
        {
            return false;
        }

        var feminine = head.EndsWith("in", StringComparison.Ordinal);
        return gender == Gender.Female ? feminine : !feminine && !head.EndsWith("innen", StringComparison.Ordinal);
    }

}
