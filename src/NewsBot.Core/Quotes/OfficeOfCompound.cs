namespace NewsBot.Core.Quotes;

/// <summary>
/// `said former secretary of state Helen Marsh`, `said master of ceremonies Asab Tallow`: an office named as `head of
/// field` in lower case before a name. Its `of` belongs to the title, so reading on past it reaches the name instead of
/// stopping at a bare `former secretary`.
/// </summary>
internal static class OfficeOfCompound
{
    /// <summary>Office heads the role lexicon leaves out because alone they rarely name a post.</summary>
    private static readonly HashSet<string> ExtraHeads = ["master", "head", "keeper"];

    /// <summary>Whether the `of` at <paramref name="index"/> joins an office head to one lower-case field before a capitalised name.</summary>
    public static bool Joins(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "of" && index > 0 && index + 2 < words.Count
        && (RoleLexicon.IsRoleNoun(words[index - 1].Text) || ExtraHeads.Contains(words[index - 1].Lower)) && !words[index - 1].IsCapitalized
        && !words[index + 1].IsCapitalized && !FunctionWords.Prepositions.Contains(words[index + 1].Lower) && !FunctionWords.IsDeterminer(words[index + 1].Text)
        && words[index + 2].IsCapitalized;
}
