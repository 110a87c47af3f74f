namespace NewsBot.Core.Quotes.Languages;

/// <summary>Matches a multi-word phrase of a language's lists (`a suo dire`, `à ses yeux`, `de acuerdo con`) in a tokenized sentence.</summary>
internal static class WordPhrases
{
    /// <summary>The number of words of the first of <paramref name="phrases"/> that starts at <paramref name="at"/>, or 0.</summary>
    public static int Matches(IReadOnlyList<Word> words, int at, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var parts = phrase.Split(' ');
            if (at + parts.Length > words.Count)
            {
                continue;
            }

            var matched = true;
            for (var k = 0; k < parts.Length && matched; k++)
            {
                matched = Same(words[at + k].Lower, parts[k]);
            }

            if (matched)
            {
                return parts.Length;
            }
        }

        return 0;
    }

    /// <summary>`à` and `a`, `l’` and `l'`: the tokenizer keeps what the page wrote.</summary>
    private static bool Same(string word, string part) => word == part || word.Replace('’', '\'') == part;
}
