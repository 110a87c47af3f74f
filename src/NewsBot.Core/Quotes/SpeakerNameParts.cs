using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Where a person's name starts and ends inside a longer capitalised run the cue read as one name: a title written in
/// capitals before it (`Product Designer Mila Brandt`, `Kestrel Labs Co-Founder Ana Pirelli`), a place run into it
/// (`Leeds Tamsin Worrell`), or the place or body after `of` (`Bryn Adler of Leeds University`).
/// </summary>
internal static class SpeakerNameParts
{
    private const LexiconFlags NameFlags = LexiconFlags.GivenName | LexiconFlags.Surname;

    /// <summary>English words this frequent (`Without`, `First`) are not the words of a person's name.</summary>
    private const int MaxNameCommonRank = 3000;

    /// <summary>The index after the last title word that a person's name follows, or <paramref name="first"/> when none does.</summary>
    public static int AfterTitle(string[] words, int first)
    {
        for (var j = words.Length - 3; j >= first; j--)
        {
            if (IsTitleWord(words[j]) && IsPersonName(words, j + 1, words.Length))
            {
                return j + 1;
            }
        }

        return first;
    }

    /// <summary>`Leeds Tamsin Worrell`: a place that is no name, before a given name and one more word, is where the person is from.</summary>
    public static int AfterPlace(string[] words, int first)
    {
        if (words.Length - first < 3)
        {
            return first;
        }

        var lexicon = EntityLexicon.Shared;
        var flags = lexicon.EntityFlags(words[first]);
        return flags.HasFlag(LexiconFlags.Place) && (flags & NameFlags) == 0
            && lexicon.IsGivenName(words[first + 1]) && IsPersonName(words, first + 1, words.Length)
            ? first + 1
            : first;
    }

    /// <summary>
    /// The index of `of` that starts the place or body a person is from (`Bryn Adler of Leeds University`), or -1. A title,
    /// an honorific or a body before `of` keeps it (`Duke of Sussex`, `Bank of England`, `Secretary of State`).
    /// </summary>
    public static int PlaceAfterOf(string[] words, int first)
    {
        var of = Array.IndexOf(words, "of", first + 1);
        if (of < 0 || of - first > 3 || of + 1 >= words.Length || !char.IsUpper(words[of + 1][0]))
        {
            return -1;
        }

        var lexicon = EntityLexicon.Shared;
        const LexiconFlags NotPersonal = LexiconFlags.OrganisationWord | LexiconFlags.RoleWord | LexiconFlags.Honorific;
        var before = words[first..of];
        if (before.Any(w => (lexicon.EntityFlags(w) & NotPersonal) != 0 || !char.IsUpper(w[0])) || !before.Any(w => (lexicon.EntityFlags(w) & NameFlags) != 0))
        {
            return -1;
        }

        var after = words[(of + 1)..];
        return after.Any(w => (lexicon.EntityFlags(w) & (LexiconFlags.Place | LexiconFlags.OrganisationWord)) != 0) ? of : -1;
    }

    /// <summary>`Designer`, `CEO`, `Co-Founder`, `Vice-President`: a word that names a post and is no one's name.</summary>
    public static bool IsTitleWord(string word)
    {
        var trimmed = word.TrimEnd('.', ',');
        var flags = EntityLexicon.Shared.EntityFlags(trimmed);
        if ((flags & NameFlags) != 0)
        {
            return false;
        }

        if (flags.HasFlag(LexiconFlags.RoleWord) || RoleLexicon.IsRoleNoun(trimmed))
        {
            return true;
        }

        var hyphen = trimmed.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < trimmed.Length && IsTitleWord(trimmed[(hyphen + 1)..]);
    }

    /// <summary>Two or more capitalised words, a given name first or a surname last, none a title or a body's word.</summary>
    private static bool IsPersonName(string[] words, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        var lexicon = EntityLexicon.Shared;
        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(words[i][0]) || IsTitleWord(words[i]) || lexicon.EntityFlags(words[i]).HasFlag(LexiconFlags.OrganisationWord))
            {
                return false;
            }
        }

        // `Doctors Without Borders`: a surname last is not enough when an everyday word stands among the name's words.
        return lexicon.IsGivenName(words[start])
            || (lexicon.IsSurname(words[end - 1]) && !words[start..end].Any(w => lexicon.CommonRank(w, "en") is > 0 and <= MaxNameCommonRank));
    }
}
