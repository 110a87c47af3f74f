namespace NewsBot.Core.Quotes;

/// <summary>
/// `Lindqvist's comments`, `the FBI’s report`: a capitalised name in the genitive owns the word after it, which is a noun
/// even where it reads as a reporting verb (`comments`, `report`), so the name is no verb's subject. `He's`, `That’s`
/// are contractions, not genitives.
/// </summary>
internal static class NameGenitive
{
    private static readonly HashSet<string> Contracted = ["he", "she", "it", "that", "there", "what", "who", "here", "where", "let"];

    /// <summary>Whether the word at <paramref name="i"/> follows a name's genitive (the tokenizer leaves the `'s` out of the word).</summary>
    public static bool Owns(string text, List<Word> words, int i)
    {
        if (i <= 0 || !words[i - 1].IsCapitalized || Contracted.Contains(words[i - 1].Lower))
        {
            return false;
        }

        var end = words[i - 1].End;
        return end + 2 <= text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
    }
}
