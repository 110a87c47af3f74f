using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>`he said`, `they said`: the person or body the pronoun refers back to, marked ambiguous when another fits.</summary>
internal sealed class PronounSpeakerResolver(string text, NameIndex names, MentionRoles roles)
{
    public Attribution Resolve(SpeakerCandidate candidate)
    {
        var resolution = NameResolution.Referent;
        var antecedent = candidate.Words[0] switch
        {
            "he" => PersonReferent(candidate.Position, Gender.Male, ref resolution),
            "she" => PersonReferent(candidate.Position, Gender.Female, ref resolution),
            // `They said:` many paragraphs after the last body named is someone the text no longer names.
            "they" => names.OrganisationBefore(candidate.Position, PreviousParagraphStart(candidate.Position)),
            _ => null,
        };
        if (antecedent is null && candidate.Words[0] is "he" or "she")
        {
            // No sentence of the paragraph opens with a fitting person: the latest one named, sure only when no one else fits.
            var gender = candidate.Words[0] == "he" ? Gender.Male : Gender.Female;
            var window = PreviousParagraphStart(candidate.Position);
            if (LexiconGenderOverride.SolePersonAgainstGender(text, names, candidate.Position, window, gender) is { } sole)
            {
                var soleFull = names.FullForm(sole.Words, sole.Span.Start) ?? sole;
                return new Attribution(soleFull.Text, ClauseLikeRole.Is(roles.RoleOf(soleFull)) ? null : roles.RoleOf(soleFull), true) { Resolution = NameResolution.LexiconOverruled };
            }

            antecedent = names.PersonBefore(candidate.Position, gender);
            // Someone named before the last two paragraphs is a guess: the text has moved on (and the lexicon may have
            // given the person it is about now the other gender: `Taylor Swift … “…,” she said` is not the Kim named before her).
            var ambiguous = antecedent is not null
                && (names.RivalBetween(window, candidate.Position, gender, antecedent) || names.OtherGenderSubjectBefore(candidate.Position, window, gender, antecedent.LastWord)
                    || HandleSubject.StandsBefore(text, names, ParagraphStart(candidate.Position), candidate.Position, antecedent.Text)
                    || (!names.Named(antecedent.LastWord, window, candidate.Position)
                        && names.OtherGenderPersonBetween(names.LastMentionBefore(antecedent.LastWord, candidate.Position), candidate.Position, gender, antecedent.LastWord))
                    || DistantAntecedentDoubt.Doubtful(text, names, antecedent, window, candidate.Position, gender));
            resolution = ambiguous ? NameResolution.AmbiguousReferent : resolution;
        }

        if (antecedent is null || NumberedThing.Is(text, antecedent))
        {
            return new Attribution(null, null, true);
        }

        // Withheld rather than dropped (a null here loses the next quote's own cue on PolNeAR train).
        var unnamed = candidate.Words[0] is "he" or "she" && UnnamedSinceLastPerson(candidate.Position, candidate.Words[0] == "he" ? Gender.Male : Gender.Female);
        var full = names.FullForm(antecedent.Words, antecedent.Span.Start) ?? antecedent;
        var role = roles.RoleOf(full);
        return new Attribution(full.Text, ClauseLikeRole.Is(role) ? null : role, true)
        {
            Resolution = unnamed ? NameResolution.AmbiguousReferent : resolution,
            AfterUnnamedPerson = unnamed,
        };
    }

    /// <summary>
    /// The subject of a sentence of the pronoun's own paragraph, else the person that paragraph names before it (`In Hajek’s
    /// case, she stayed. “…,” she said.`: not the previous paragraph's speaker), else a subject of the paragraph before.
    /// </summary>
    private NameMention? PersonReferent(int position, Gender gender, ref NameResolution resolution)
    {
        var paragraph = ParagraphStart(position);
        if (names.SubjectBefore(position, paragraph, gender) is { } subject)
        {
            resolution = CoordinatedSubjects.Share(text, names, paragraph, position, gender) ? NameResolution.AmbiguousReferent : resolution;
            return subject;
        }

        if (names.PersonBefore(position, gender, paragraph) is { } named)
        {
            var ambiguous = names.RivalBetween(paragraph, position, gender, named) || DistantAntecedentDoubt.PronounStandsBefore(text, names, paragraph, named.Span.Start, gender);
            resolution = ambiguous ? NameResolution.AmbiguousReferent : resolution;
            return named;
        }

        // `Forbes says … “…,” she explains.`: the paragraph is about someone the lexicon gives the other gender; a woman
        // found further back is a guess (the lexicon may be wrong about the name, the text is not about her).
        var previous = names.SubjectBefore(position, PreviousParagraphStart(position), gender);
        resolution = previous is not null && (names.OtherGenderSubjectBefore(position, paragraph, gender, previous.LastWord)
            || CoordinatedSubjects.Share(text, names, PreviousParagraphStart(position), position, gender)
            || HandleSubject.StandsBefore(text, names, paragraph, position, previous.Text)) ? NameResolution.AmbiguousReferent : resolution;
        return previous;
    }

    /// <summary>Someone unnamed (`A woman at the camp …`) opened a sentence after the last person of the gender named nearby.</summary>
    private bool UnnamedSinceLastPerson(int position, Gender gender)
    {
        var unnamed = UnnamedPersonSubject.LatestStart(text, names, PreviousParagraphStart(position), position);
        return unnamed >= 0 && names.PersonBefore(position, gender, unnamed) is null;
    }

    /// <summary>A pronoun looks back over its own paragraph and the one before: news paragraphs are a sentence or two.</summary>
    private int PreviousParagraphStart(int position) => ParagraphStart(Math.Max(0, ParagraphStart(position) - 2));

    private int ParagraphStart(int position)
    {
        var blank = position > 0 ? text.LastIndexOf("\n\n", position - 1, StringComparison.Ordinal) : -1;
        return blank < 0 ? 0 : blank + 2;
    }
}
