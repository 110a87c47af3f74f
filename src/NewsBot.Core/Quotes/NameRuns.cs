using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Groups a text's words into runs of adjacent name words, the raw material of <see cref="NameMentionReader"/>.</summary>
internal static class NameRuns
{
    private static readonly FrozenSet<string> Connectors =
        new[] { "de", "van", "von", "der", "den", "la", "le", "del", "da", "das", "di", "do", "du", "bin", "al", "el", "of", "dos", "ter" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Splits <paramref name="words"/> into runs of adjacent name words.</summary>
    public static List<List<Word>> Split(string text, IReadOnlyList<Word> words)
    {
        var runs = new List<List<Word>>();
        List<Word>? current = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isName = !IsAbbreviationTail(text, word) && IsRunWord(word) || (current is not null
                && ((Connectors.Contains(word.Text) && !IsGenitiveArticle(current[^1], word)) || NameTitles.IsOfficeFor(words, i) || IsSecondParticle(current[^1], word))
                && i + 1 < words.Count && IsRunWord(words[i + 1]) && Adjacent(text, word, words[i + 1]))
                || IsSurnameParticle(text, words, i) || (current is not null && (IsArticleLetterInitial(text, words, i) || DoubleParticle.Opens(text, words, i, current[^1]) || NobleParticle.Joins(text, words, i, current[^1])));
            if (isName && current is not null && Adjacent(text, current[^1], word))
            {
                current.Add(word);
                continue;
            }

            current = isName && !Connectors.Contains(word.Text) ? [word] : null;
            if (current is not null)
            {
                runs.Add(current);
            }
        }

        return runs;
    }

    /// <summary>
    /// `Einer der Rückkehrer`, `Tor der Gastgeber`: a bare `der` between two capitalised words is a German genitive article;
    /// it joins a name only after `van` or `von` (`van der Bellen`, `von der Leyen`).
    /// </summary>
    private static bool IsGenitiveArticle(Word previous, Word word) =>
        word.Text == "der" && previous.Text is not ("van" or "von" or "Van" or "Von");

    /// <summary>`Van Der Beek`, `Von Der Heyde`: a capitalised article after `Van`/`Von` is the surname's second particle, not German.</summary>
    private static bool IsSecondParticle(Word previous, Word word) =>
        previous.Text is "Van" or "Von" or "van" or "von" && word.Text is "Der" or "Den" or "De";

    /// <summary>
    /// `Le Pen`, `La Russa`, `Lo Castro`: inside a sentence, a capitalised article glued to a name opens the surname; at a sentence's
    /// or paragraph's start, or after a dateline (`VALBOURG – Le …`), it may be the article of a French or Italian sentence.
    /// </summary>
    private static bool IsSurnameParticle(string text, IReadOnlyList<Word> words, int index)
    {
        var word = words[index];
        if (word.Text is not ("Le" or "La" or "Lo") || index + 1 >= words.Count || !IsRunWord(words[index + 1]) || !Adjacent(text, word, words[index + 1]))
        {
            return false;
        }

        var before = text.AsSpan(0, word.Start).TrimEnd(' ');
        return before.Length > 0 && before[^1] is not ('.' or '!' or '?' or '\n' or ':') && !Dateline.EndsAt(before);
    }

    /// <summary>
    /// `Sonya A. Zoghlin`: inside a name, `A` or `I` with its dot before another name word is an initial, not the article
    /// or the pronoun (other capital letters are name words already).
    /// </summary>
    private static bool IsArticleLetterInitial(string text, IReadOnlyList<Word> words, int index)
    {
        var word = words[index];
        return word.Text is "A" or "I" && word.End < text.Length && text[word.End] == '.'
            && index + 1 < words.Count && IsRunWord(words[index + 1]) && Adjacent(text, word, words[index + 1]);
    }

    /// <summary>The letters of `U.S.` or `D.C.`: glued to an abbreviation dot, they are no initials.</summary>
    private static bool IsAbbreviationTail(string text, Word word) =>
        word.Text.Length == 1
        && ((word.Start >= 2 && text[word.Start - 1] == '.' && char.IsLetter(text[word.Start - 2]))
            || (word.End + 1 < text.Length && text[word.End] == '.' && char.IsLetter(text[word.End + 1])));

    private static bool IsRunWord(Word word) =>
        NameLexicon.IsNameWord(word) || NameLexicon.Honorifics.Contains(word.Text);

    private static bool Adjacent(string text, Word left, Word right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        return gap is " " or "\u00A0" || (gap is ". " && (left.Text.Length == 1 || SentenceBoundaries.IsAbbreviation(left.Text)));
    }
}
