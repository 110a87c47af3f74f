namespace NewsBot.Core.Quotes;

/// <summary>
/// What an English description says besides its role noun (`the foreign minister`: `foreign`), and whether the role the
/// article gave a person holds words the description does not repeat (`The finance minister, Ada Holm,`: `finance`), so that
/// <see cref="RoleModifiers"/> can tell whether the description names that person's office.
/// </summary>
internal static class DescriptionModifiers
{
    private const int MinSpecifierLength = 4;

    /// <summary>The lower-case words written before <paramref name="head"/>, without articles or possessives (`the company's`).</summary>
    public static List<string> Before(string written, string head)
    {
        var modifiers = new List<string>();
        foreach (var raw in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',', '.', '“', '”', '"').ToLowerInvariant();
            if (word == head)
            {
                return modifiers;
            }

            if (!FunctionWords.Determiners.Contains(word) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal))
            {
                modifiers.Add(word);
            }
        }

        return [];
    }

    /// <summary>
    /// `said the former president` after President Ada Holm's quote: the description dates or ranks an office the person
    /// was given without that word (<paramref name="role"/>, null when the article gave them none), so it is someone else.
    /// </summary>
    public static bool DateOrRankOtherwise(string written, string head, string? role)
    {
        var held = role?.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return RoleModifiers.Disagree(Before(written, head.ToLowerInvariant()), held.Contains, roleSpecifiedOtherwise: false);
    }

    /// <summary>Whether the person's role words specify the office with a word neither the head nor the description's modifiers give.</summary>
    public static bool SpecifiedOtherwise(HashSet<string> roleWords, string head, List<string> modifiers)
    {
        foreach (var word in roleWords)
        {
            if (word.Length >= MinSpecifierLength && word != head && !modifiers.Contains(word) && !FunctionWords.Determiners.Contains(word)
                && !FunctionWords.Prepositions.Contains(word) && !RoleLexicon.IsRoleNoun(word))
            {
                return true;
            }
        }

        return false;
    }
}
