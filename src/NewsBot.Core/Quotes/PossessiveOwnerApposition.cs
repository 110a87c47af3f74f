namespace NewsBot.Core.Quotes;

/// <summary>
/// `Tulloch's deputy, Iain Munro, who was on duty, told the inquiry`: a sentence opening with a possessive name and a short
/// lower-case noun phrase names, in the apposition after it, the sentence's subject. The owner is no subject at all, so a
/// later `He said:` continues the apposition's person, not the possessive name that opened the sentence.
/// </summary>
internal static class PossessiveOwnerApposition
{
    private const int MaxNounWords = 4;
    private const int MaxOwnerWords = 4;

    /// <summary>Whether the name at <paramref name="at"/>, after a comma, is the apposition of such an opening.</summary>
    public static bool Is(string text, IReadOnlyList<Word> words, int at)
    {
        if (at < 3 || Gap(text, words, at).Trim() is not ",")
        {
            return false;
        }

        var k = at - 1;
        while (k > 1 && at - k < MaxNounWords && !words[k - 1].IsCapitalized && Gap(text, words, k).IsWhiteSpace())
        {
            k--;
        }

        // `Tulloch's deputy`: the noun phrase's first word follows the owner's `'s` (the tokenizer drops it into the gap).
        if (words[k].IsCapitalized || !IsPossessive(Gap(text, words, k)) || !words[k - 1].IsCapitalized)
        {
            return false;
        }

        var owner = k - 1;
        while (owner > 0 && k - owner < MaxOwnerWords && words[owner - 1].IsCapitalized && Gap(text, words, owner).IsWhiteSpace())
        {
            owner--;
        }

        return owner == 0 || Gap(text, words, owner).IndexOfAny(".!?\n") >= 0;
    }

    private static bool IsPossessive(ReadOnlySpan<char> gap) => gap.Trim() is "'s" or "’s" or "'" or "’";

    private static ReadOnlySpan<char> Gap(string text, IReadOnlyList<Word> words, int k) => text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
}
