namespace NewsBot.Core.Quotes;

/// <summary>
/// `ScreamMyName told me that he had raised enough …. “…,” he says.`: forum users and accounts named by a handle
/// (`elmo666`, `ScreamMyName`) are people the name lexicon can neither read nor gender. When a pronoun's own paragraph
/// names such a handle before it, outside quotes, the pronoun may mean the handle, so a person found further back is a guess.
/// </summary>
internal static class HandleSubject
{
    public static bool StandsBefore(string text, NameIndex names, int paragraphStart, int position, string antecedent)
    {
        foreach (var word in WordTokenizer.Tokenize(text, paragraphStart, position))
        {
            if (IsHandle(word.Text) && !names.InsideQuote(word.Start) && !antecedent.Contains(word.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`elmo666`, `jayk1984` (lower case with digits) or `ScreamMyName` (two capitals inside, unlike `McDonald` or `YouTube`).</summary>
    public static bool IsHandle(string word)
    {
        if (word.Length < 4 || !word.All(char.IsLetterOrDigit))
        {
            return false;
        }

        var innerCapitals = 0;
        for (var i = 1; i < word.Length; i++)
        {
            innerCapitals += char.IsUpper(word[i]) && char.IsLower(word[i - 1]) ? 1 : 0;
        }

        return (char.IsLower(word[0]) && word.Any(char.IsDigit) && word.Count(char.IsLetter) >= 3) || innerCapitals >= 2;
    }
}
