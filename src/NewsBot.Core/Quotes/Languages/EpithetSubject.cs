namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A description subject that is an epithet (`der 48-Jährige`, `der Hamburger`, `el madrileño`, `l'octogénaire`): the one
/// person the article gave that age or origin, a pronoun-like reference to the person just portrayed, or no one.
/// </summary>
internal sealed class EpithetSubject(string text, LanguageKnowledge language, PersonNames people, PronounReferent referents)
{
    /// <summary>The epithet's referent; <see cref="Subject.None"/> when the description is no epithet.</summary>
    public Subject Describe(List<Word> description, int anchor, int notBefore, Gender gender)
    {
        var position = description[0].Start;
        if (description.FindIndex(w => AgeNoun.Matches(w.Lower)) is >= 0 and var age)
        {
            // `erzählt der 48-Jährige`, `die 61-jährige Ministerin`: only a person just named is given an age, so it is read as a
            // pronoun, unless the article wrote whose age it is (`Greta Lindner (54)`).
            if (AgeOwner.Find(text, people, description[age].Lower, position, out var shared) is { } owner)
            {
                return Subject.Of(PronounReferent.Referring(owner.ToCandidate(people.Fullest(owner.Words)), CandidateKind.Description, position));
            }

            return shared ? Subject.Anonymous(position) : AgeEpithetReferent.Find(text, people, gender, Math.Min(anchor, position)) is { } introduced
                ? Subject.Of(PronounReferent.Referring(introduced.ToCandidate(people.Fullest(introduced.Words)), CandidateKind.Pronoun, position))
                : referents.Refer(anchor, notBefore, gender, position);
        }

        if (language.CapitalisesNouns && description.Count == 2 && GermanOriginNoun.TyingWords(description[1].Text) is { } tying)
        {
            // `sagte der Hamburger`: the one person the article tied to Hamburg; two could each be meant. With none, the noun
            // is read like any other person noun (`sagte der Italiener` after a coach named without his country).
            var origin = OriginHolders.Single(text, people, tying, Math.Min(anchor, position), out var several);
            if (origin is not null || several)
            {
                return origin is null ? Subject.Anonymous(position)
                    : Subject.Of(PronounReferent.Referring(origin.ToCandidate(people.Fullest(origin.Words)), CandidateKind.Description, position));
            }
        }

        if (!language.CapitalisesNouns && RomanceOriginNoun.Described(description, language.Code) is { } romanceOrigin)
        {
            // `dijo el madrileño`: the one person the article tied to Madrid; two could each be meant, and with none the noun names no one.
            return RomanceOriginHolders.Single(text, people, romanceOrigin, Math.Min(anchor, position)) is { } tied
                ? Subject.Of(PronounReferent.Referring(tied.ToCandidate(people.Fullest(tied.Words)), CandidateKind.Description, position))
                : Subject.Anonymous(position);
        }

        if (description.Exists(w => DecadeAgeNoun.Is(w.Lower)))
        {
            // `sourit l'octogénaire`: an age noun without a number is said of the person just portrayed, so it is read as a pronoun.
            return referents.Refer(anchor, notBefore, gender, position);
        }

        return Subject.None;
    }
}
