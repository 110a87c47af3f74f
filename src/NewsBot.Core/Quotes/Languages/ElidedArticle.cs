namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `a déclaré l’entraîneur`, `écrit l’agence`, `ha spiegato l’assessore`: the tokenizer keeps an elided article and its noun
/// as one word, so the subject reader, which reads an article and then a noun, saw no description at all. The article is
/// split off as a word of its own (only `l'`: `d'` is a preposition, and a capitalised name after it stays one name).
/// </summary>
internal static class ElidedArticle
{
    /// <summary><paramref name="words"/> with the word at <paramref name="at"/> split into the article `l` (as the tokenizer writes `l’` standing alone) and its lower-case noun; the same list when it is no such word.</summary>
    public static IReadOnlyList<Word> Split(IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (at >= words.Count || !IsElidedNoun(words[at].Text) || !language.Determiners.Contains(words[at].Lower[..1]))
        {
            return words;
        }

        var word = words[at];
        var split = new List<Word>(words.Count + 1);
        split.AddRange(words.Take(at));
        split.Add(new Word(word.Start, word.Start + 1, word.Text[..1]));
        split.Add(new Word(word.Start + 2, word.End, word.Text[2..]));
        split.AddRange(words.Skip(at + 1));
        return split;
    }

    /// <summary><paramref name="words"/> with every elided article split off its noun as <see cref="Split"/> splits one; the same list when there is none.</summary>
    public static List<Word> SplitAll(List<Word> words, LanguageKnowledge language)
    {
        List<Word>? split = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsElidedNoun(word.Text) && language.Determiners.Contains(word.Lower[..1]))
            {
                split ??= words.GetRange(0, i);
                split.Add(new Word(word.Start, word.Start + 1, word.Text[..1]));
                split.Add(new Word(word.Start + 2, word.End, word.Text[2..]));
            }
            else
            {
                split?.Add(word);
            }
        }

        return split ?? words;
    }

    /// <summary>`entraîneur` for `l’entraîneur`; null for a word with no elided article before a lower-case noun.</summary>
    public static string? Noun(string word) => IsElidedNoun(word) ? word[2..] : null;

    private static bool IsElidedNoun(string word) =>
        word.Length > 3 && word[0] is 'l' or 'L' && word[1] is '\'' or '’' && char.IsLower(word[2]);
}
