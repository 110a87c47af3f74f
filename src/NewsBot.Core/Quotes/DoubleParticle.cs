using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Ursula von der Leyen`, `Pedro de la Cruz`, `Anke van den Berg`: a particle and an article between a given name and a
/// surname keep the name whole (without this the run ended at the given name, so `Ursula` alone spoke). Only after a given
/// name and before a word that is not a common noun, since `Weber von der Stadtverwaltung` names a person and a body.
/// </summary>
internal static class DoubleParticle
{
    private static readonly HashSet<string> First = new(StringComparer.Ordinal) { "von", "van", "de", "di", "da", "del" };
    private static readonly HashSet<string> Second = new(StringComparer.Ordinal) { "der", "den", "la", "le", "los", "las", "La", "Le" };

    /// <summary>`Charles de La Roche`: a capitalised article is part of a French surname, so the word after it is no common noun's.</summary>
    private static readonly HashSet<string> CapitalisedArticles = new(StringComparer.Ordinal) { "La", "Le" };
    private static readonly HashSet<string> SpanishArticles = new(StringComparer.Ordinal) { "la", "los", "las" };

    /// <summary>
    /// Whether <paramref name="words"/>[<paramref name="at"/>] opens such a pair after <paramref name="previous"/>, or is the
    /// pair's article after the particle it opened (`los` in `Marta de los Ríos`, which no connector list holds).
    /// </summary>
    public static bool Opens(string text, IReadOnlyList<Word> words, int at, Word previous) =>
        OpensPair(text, words, at, previous) || (at >= 2 && previous.Start == words[at - 1].Start && OpensPair(text, words, at - 1, words[at - 2]));

    private static bool OpensPair(string text, IReadOnlyList<Word> words, int at, Word previous)
    {
        if (at + 2 >= words.Count || !First.Contains(words[at].Text) || !Second.Contains(words[at + 1].Text))
        {
            return false;
        }

        var surname = words[at + 2];
        if (words[at].Text == "van" && words[at + 1].Text is "der" or "den")
        {
            // `Pieter van der Berg`: Dutch `van der`/`van den` inside an English or German sentence joins a name, whatever the
            // lexicon knows of the given name or of the surname as a noun (`Berg`, `Bosch`); no body is written that way.
            return NameLexicon.IsNameWord(previous) && NameLexicon.IsNameWord(surname) && SingleSpaces(text, previous, words[at], words[at + 1], surname);
        }

        if (!EntityKnowledge.IsGivenName(previous.Text))
        {
            return SecondSurname(text, words, at, previous);
        }

        // A Spanish article particle (`de la`, `de los`) stands before a capitalised surname even when that word is a common
        // noun in lower case (`Ana de la Fuente`, `Marta de los Ríos`): Spanish writes its nouns in lower case.
        return NameLexicon.IsNameWord(surname)
            && (!EntityLexicon.Shared.Lookup(surname.Text).HasFlag(LexiconFlags.CommonWord) || SpanishArticles.Contains(words[at + 1].Text) || CapitalisedArticles.Contains(words[at + 1].Text))
            && SingleSpaces(text, previous, words[at], words[at + 1], surname);
    }

    /// <summary>
    /// `Ernesto Ochoa de la Torre`: after a given name and a first surname, a Spanish `de la` / `de los` opens the second surname,
    /// unless the word after it is a body's or a place's (`Juan Pérez de la Fiscalía`, `Ana Ruiz de la Rioja`).
    /// </summary>
    private static bool SecondSurname(string text, IReadOnlyList<Word> words, int at, Word previous)
    {
        var surname = words[at + 2];
        return at >= 2 && words[at - 1].Start == previous.Start && EntityKnowledge.IsGivenName(words[at - 2].Text) && NameLexicon.IsNameWord(previous)
            && words[at].Text == "de" && SpanishArticles.Contains(words[at + 1].Text) && NameLexicon.IsNameWord(surname)
            && !EntityKnowledge.IsOrganisationWord(surname.Text) && !EntityKnowledge.IsPlace(surname.Text)
            && SingleSpaces(text, words[at - 2], previous, words[at], words[at + 1], surname);
    }

    /// <summary>Whether one plain space, and nothing else, stands between each two words of <paramref name="run"/>.</summary>
    internal static bool SingleSpaces(string text, params Word[] run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            if (text.AsSpan(run[i - 1].End, run[i].Start - run[i - 1].End) is not " ")
            {
                return false;
            }
        }

        return true;
    }
}
