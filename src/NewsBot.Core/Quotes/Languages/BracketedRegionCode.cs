namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Betim (MG)`, `Santos (SP)`, `Ponteareas (PO)`: a short capital code in brackets right after a place's name is the state
/// or province it lies in, as Brazilian and Spanish papers write it, not a body that `a empresa` or `l'agence` could stand for.
/// </summary>
internal static class BracketedRegionCode
{
    /// <summary>Whether <paramref name="word"/> is such a code, after <paramref name="before"/>.</summary>
    public static bool Is(string text, Word word, Word before) =>
        word.Text.Length is 2 or 3 && word.Start >= 2 && text[word.Start - 1] == '(' && text[word.Start - 2] == ' '
        && word.End < text.Length && text[word.End] == ')' && before.End == word.Start - 2 && before.IsCapitalized
        && EntityKnowledge.IsPlace(before.Text);
}
