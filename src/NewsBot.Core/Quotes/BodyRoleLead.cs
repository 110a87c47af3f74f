namespace NewsBot.Core.Quotes;

/// <summary>
/// `Barrowby manager Lisa Drummond was furious …`, `Tolland boss Gerry Fontaine admitted …`: a sentence that opens with a
/// capitalised name and role nouns before a person's name is about that person. The name before the role says whom they
/// serve (a club, a party, a firm), so a later `she said` means the person, not the body that opened the sentence.
/// </summary>
internal static class BodyRoleLead
{
    /// <summary>How many role nouns may stand between the body and the person (`assistant head coach`).</summary>
    private const int MaxRoleWords = 3;

    /// <summary>How many capitalised words the serving body may have (`Kestrel Valley Rovers`).</summary>
    private const int MaxBodyWords = 4;

    /// <summary>Whether the name starting at word <paramref name="first"/> follows such an opening body and its role nouns.</summary>
    public static bool Follows(string text, IReadOnlyList<Word> words, int first)
    {
        var role = first;
        while (role > 1 && first - role < MaxRoleWords && !words[role - 1].IsCapitalized && RoleLexicon.IsRoleNoun(words[role - 1].Text)
            && SpaceOnly(text, words, role))
        {
            role--;
        }

        if (role == first || !words[role - 1].IsCapitalized || !SpaceOnly(text, words, role))
        {
            return false;
        }

        var body = role - 1;
        while (body > 0 && role - body < MaxBodyWords && words[body - 1].IsCapitalized && SpaceOnly(text, words, body))
        {
            body--;
        }

        return body == 0 || text.AsSpan(words[body - 1].End, words[body].Start - words[body - 1].End).IndexOfAny(".!?\n") >= 0;
    }

    /// <summary>Only spaces between word <paramref name="at"/> and the word before it: one noun phrase, no comma or mark.</summary>
    private static bool SpaceOnly(string text, IReadOnlyList<Word> words, int at) =>
        text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End) is " ";
}
