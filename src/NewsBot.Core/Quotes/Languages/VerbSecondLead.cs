namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// German puts the finite verb second: a sentence that opens with a prepositional phrase has its subject right after the
/// verb, whatever the verb (`In seiner Rede betonte Rektor Kurt Eichel …: „…“`, `Via Instagram meldete sich die
/// Weltmeisterin zu Wort: „…“`, `An Minister Kessler wandte sie sich mit einer Bitte: „…“`).
/// </summary>
internal static class VerbSecondLead
{
    /// <summary>Words of the opening phrase before its noun (`in seiner ersten`), and nouns in it (`Bundesrat Kessler`).</summary>
    private const int MaxPhraseWords = 5;

    /// <summary>Phrases nested in the opening one (`In Anlehnung an den Soziologen …`); more would read across the verb.</summary>
    private const int MaxNestedPhrases = 2;

    /// <summary>
    /// Where the subject starts in a sentence that opens with a prepositional phrase (its lower-case words, then its capitalised
    /// nouns) and a lower-case finite verb, after a reflexive `sich`; -1 when the sentence does not open so or the verb is plural
    /// beside `sie` (they).
    /// </summary>
    public static int SubjectStart(string text, IReadOnlyList<Word> words, LanguageKnowledge language)
    {
        if (language.VerbSecondOpeners.Count == 0 || words.Count < 4 || !language.VerbSecondOpeners.Contains(words[0].Lower))
        {
            return -1;
        }

        var k = 1;
        while (k < words.Count && k <= MaxPhraseWords && !words[k].IsCapitalized)
        {
            k++;
        }

        var nouns = k;
        while (k < words.Count && words[k].IsCapitalized && k - nouns < MaxPhraseWords)
        {
            k++;
        }

        if (k > nouns)
        {
            k = AfterNestedPhrases(words, k, language);
        }

        if (k > nouns && k + 1 < words.Count && ClosingParticiples.Contains(words[k].Lower))
        {
            // `An Weber gerichtet sagte Lindner`, `Auf die Kritik angesprochen sagte er`: a participle closes the opening phrase.
            k++;
        }

        if (k == nouns || k >= words.Count - 1 || HasBreak(text, words, k) || !IsFiniteVerbCandidate(words[k], language))
        {
            return -1;
        }

        var at = k + 1;
        if (language.VerbCompanions.Contains(words[at].Lower) && !language.Pronouns.ContainsKey(words[at].Lower))
        {
            // `meldete sich die Weltmeisterin`: the reflexive, then the subject.
            at++;
        }

        return at >= words.Count || language.IsPlural(words[at].Lower, words[k].Lower) ? -1 : at;
    }

    /// <summary>
    /// Where the subject that starts at <paramref name="at"/> ends: after its article's capitalised nouns (`die Weltmeisterin`),
    /// after a name's capitalised run, or after a pronoun; the adverbs and the verb's particle after it (`wenig später zu Wort`) are no part of it.
    /// </summary>
    public static int SubjectEnd(IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.Pronouns.ContainsKey(words[at].Lower))
        {
            return at + 1;
        }

        var k = at;
        while (k < words.Count && k - at <= MaxPhraseWords && !words[k].IsCapitalized)
        {
            k++;
        }

        while (k < words.Count && words[k].IsCapitalized)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// `In Anlehnung an den Soziologen Otto Brenner fragte er`, `Nach dem Sieg der Mannschaft sagte …`: a noun of the opening phrase
    /// may carry phrases of its own (a preposition or a genitive article, lower-case words, capitalised nouns); the verb follows
    /// the last of them. Returns where the words after them start (<paramref name="k"/> when no such phrase follows).
    /// </summary>
    private static int AfterNestedPhrases(IReadOnlyList<Word> words, int k, LanguageKnowledge language)
    {
        var nested = 0;
        while (nested < MaxNestedPhrases && k < words.Count && IsPhraseOpener(words[k], language))
        {
            var next = k + 1;
            while (next < words.Count && next - k <= MaxPhraseWords && !words[next].IsCapitalized)
            {
                next++;
            }

            var nouns = next;
            while (next < words.Count && words[next].IsCapitalized && next - nouns < MaxPhraseWords)
            {
                next++;
            }

            if (next == nouns || next >= words.Count)
            {
                break;
            }

            k = next;
            nested++;
        }

        return k;
    }

    /// <summary>A preposition or an article (`an den …`, `der Mannschaft`) opens a phrase inside the opening one; a verb does not.</summary>
    private static bool IsPhraseOpener(Word word, LanguageKnowledge language) =>
        !word.IsCapitalized && (language.Prepositions.Contains(word.Lower) || language.Determiners.Contains(word.Lower));

    private static bool IsFiniteVerbCandidate(Word word, LanguageKnowledge language) =>
        !word.IsCapitalized && !language.Determiners.Contains(word.Lower) && !language.Prepositions.Contains(word.Lower)
        && !language.VerbSecondOpeners.Contains(word.Lower) && !language.And.Contains(word.Lower) && !language.Possessives.Contains(word.Lower)
        && !language.Indefinites.Contains(word.Lower);

    /// <summary>A comma, colon or bracket inside the opening phrase or before the verb: not one constituent.</summary>
    private static bool HasBreak(string text, IReadOnlyList<Word> words, int verb)
    {
        for (var i = 1; i <= verb; i++)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            if (gap.Trim() is "(" && BracketClose(text, words, i, verb) is > 0 and var close)
            {
                // `der Abgeordneten Greta Lindner (Grüne) hat …`: a short bracketed label inside the opening phrase.
                i = close;
                continue;
            }

            if (gap.IndexOfAny(Breaks) >= 0 && !IsInsideNumber(text, words[i - 1], words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word after the `)` that closes, within three words and before the verb, a bracket opened before word <paramref name="at"/>; -1 when none.</summary>
    private static int BracketClose(string text, IReadOnlyList<Word> words, int at, int verb)
    {
        for (var m = at + 1; m <= Math.Min(verb, at + MaxBracketWords); m++)
        {
            var gap = text.AsSpan(words[m - 1].End, words[m].Start - words[m - 1].End).Trim();
            if (gap.Length > 0)
            {
                return gap is ")" ? m : -1;
            }
        }

        return -1;
    }

    private const int MaxBracketWords = 3;

    /// <summary>`1.500 Metern`, `3,5 Prozent`: a mark between two digits, with no space, is part of a number.</summary>
    private static bool IsInsideNumber(string text, Word before, Word after) =>
        after.Start - before.End == 1 && char.IsAsciiDigit(text[before.End - 1]) && char.IsAsciiDigit(text[after.Start]);

    /// <summary>Participles that end an opening phrase about whom or what someone answered (`an Weber gerichtet`, `darauf angesprochen`).</summary>
    private static readonly HashSet<string> ClosingParticiples =
        ["gerichtet", "gewandt", "angesprochen", "befragt", "gefragt", "adressiert", "bezogen", "zurückblickend", "rückblickend"];

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:.!?()—–");
}
