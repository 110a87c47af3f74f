using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `der Verband für Fairen Handel` then `Der VFH teilt mit: „…“`: an acronym that spells the initials of a body's capitalised
/// words written earlier in the article is that body, and its full name is the fullest name a reader is given. Short
/// lower-case joining words (`für`, `der`, `of`, `de`) may stand between the initials' words.
/// </summary>
internal static class BodyAcronym
{
    private const int MaxJoiningWordLength = 4;

    private static readonly FrozenSet<string> Articles =
        FrozenSet.Create(StringComparer.Ordinal, "Der", "Die", "Das", "Den", "Dem", "The", "La", "Le", "Les", "El", "Il", "Lo", "Los", "Las");

    /// <summary>The prepositions, articles and conjunctions a body's name holds between its capitalised words (never a verb: `hat`, `has`).</summary>
    private static readonly FrozenSet<string> JoiningWords = FrozenSet.Create(StringComparer.Ordinal,
        "für", "der", "des", "die", "das", "den", "dem", "und", "von", "vom", "zur", "zum", "im", "in", "am", "an", "auf", "of", "the", "for",
        "and", "on", "de", "del", "du", "la", "le", "les", "y", "e", "et", "di", "da", "do", "dos", "per", "pour", "para", "en", "a", "al");

    /// <summary>The body's full name written before <paramref name="position"/> whose initials spell <paramref name="acronym"/>, or null.</summary>
    public static string? Spelled(string text, string acronym, int position)
    {
        if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(text, 0, Math.Min(position, text.Length));
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (SpellsFrom(text, words, i, acronym) is { } last)
            {
                return text[words[i].Start..words[last].End];
            }
        }

        return null;
    }

    /// <summary>The index of the word that completes <paramref name="acronym"/> from <paramref name="start"/>, or null.</summary>
    private static int? SpellsFrom(string text, List<Word> words, int start, string acronym)
    {
        var letter = 0;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i].Text;
            if (i > start && !Adjacent(text, words[i - 1], words[i]))
            {
                return null;
            }

            if (letter == 0 && Articles.Contains(word))
            {
                // `Die Gewerkschaft hat die Beschäftigten` spells no `DGB`: an article opens a name but gives it no initial.
                return null;
            }

            if (word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper) && word[0] == acronym[letter])
            {
                if (++letter == acronym.Length)
                {
                    return i;
                }
            }
            else if (letter == 0 || !word.All(char.IsLower) || word.Length > MaxJoiningWordLength || !JoiningWords.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Only spaces and quotation marks between two words of one name: `Verband „Fairer Handel“`, not across a comma or sentence.</summary>
    private static bool Adjacent(string text, Word previous, Word next)
    {
        foreach (var c in text.AsSpan(previous.End, next.Start - previous.End))
        {
            if (!char.IsWhiteSpace(c) && !QuoteMarks.IsOpeningChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
