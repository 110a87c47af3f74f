namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A reporting verb found among words: it spans <see cref="First"/>..<see cref="Last"/> (`a déclaré`, `ha detto`, `se mostró`);
/// <see cref="Pronoun"/> is the subject glued to it in French inversion (`affirme-t-elle` → `elle`).
/// </summary>
internal readonly record struct VerbMatch(int First, int Last, string? Pronoun)
{
    public static VerbMatch? At(IReadOnlyList<Word> words, int i, LanguageKnowledge language)
    {
        var word = words[i];
        if (word.IsCapitalized && i > 0)
        {
            return null;
        }

        var lower = word.Lower;
        if (lower.Contains('-', StringComparison.Ordinal) && Inverted(words, i, language) is { } inverted)
        {
            return inverted;
        }

        if (CausativeReportingVerb.At(words, i, language) is { } causative)
        {
            return causative;
        }

        if (language.Verbs.Contains(lower) || JudgingVerb.At(words, i, language)
            || (lower.Contains('-', StringComparison.Ordinal) && EncliticObject.Verb(lower, language) is { } verb && language.Verbs.Contains(verb)))
        {
            return new VerbMatch(i, i, null);
        }

        var next = i + 1 < words.Count ? words[i + 1].Lower : null;
        if (language.VerbCompanions.Contains(lower) && next is not null && language.Verbs.Contains(next))
        {
            return new VerbMatch(i, i + 1, null);
        }

        if (language.VerbCompanions.Contains(lower) && next is not null && next.Contains('-', StringComparison.Ordinal) && Inverted(words, i + 1, language) is { } reflexive)
        {
            // `se réjouit-elle`, `se félicite-t-il`: a reflexive verb in inversion keeps its pronoun before it.
            return reflexive with { First = i };
        }

        // `ha poi aggiunto`, `a encore ajouté`: an adverb between the auxiliary and its participle.
        return language.VerbCompanions.Contains(lower) && next is not null && language.CompoundTenseAdverbs.Contains(next)
            && i + 2 < words.Count && language.Verbs.Contains(words[i + 2].Lower)
            ? new VerbMatch(i, i + 2, null)
            : ModalReportingVerb.At(words, i, language) ?? RomanceStanceFrame.At(words, i, language);
    }

    /// <summary>`affirme-t-elle`, `dit-il`, `a-t-il déclaré`.</summary>
    private static VerbMatch? Inverted(IReadOnlyList<Word> words, int i, LanguageKnowledge language)
    {
        var parts = words[i].Lower.Split('-');
        if (!language.Pronouns.ContainsKey(parts[^1]) && parts[^1] is not ("ils" or "elles" or "on"))
        {
            return null;
        }

        var pronoun = parts[^1];
        if (language.Verbs.Contains(parts[0]))
        {
            return new VerbMatch(i, i, pronoun);
        }

        if (!language.VerbCompanions.Contains(parts[0]) || i + 1 >= words.Count)
        {
            return null;
        }

        // `a-t-il déclaré`, `a-t-il laissé entendre`.
        return language.Verbs.Contains(words[i + 1].Lower) ? new VerbMatch(i, i + 1, pronoun)
            : CausativeReportingVerb.At(words, i + 1, language) is { } causative ? new VerbMatch(i, causative.Last, pronoun) : null;
    }
}
