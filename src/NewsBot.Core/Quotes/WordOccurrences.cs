namespace NewsBot.Core.Quotes;

/// <summary>
/// Where an article writes a word as a whole word before a position (`Hamburger` in `die Hamburger Tjark Evers`, not in
/// `Hamburgerin`): the occurrence scan every epithet's holder search starts from.
/// </summary>
internal static class WordOccurrences
{
    public static IEnumerable<int> Before(string text, string word, int position)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < position; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (IsWholeWord(text, at, word.Length))
            {
                yield return at;
            }
        }
    }

    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));
}
