using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Writes a speaker's role the same way wherever the article put it: the role words in lower case, the bodies, places
/// and nationalities they belong to capitalised (`Kremlin Spokesperson` and `kremlin spokesperson` both read `Kremlin
/// spokesperson`; `Senate Majority Leader` reads `Senate majority leader`), as a name is followed by its role in a byline.
/// English only: German capitalises every noun, and the other languages' roles come from their own readers.
/// </summary>
internal static class RoleCapitalisation
{
    /// <summary>Words that qualify a role noun in titles (`Chief Operating Officer`, `Senate Majority Leader`), never a name's own word.</summary>
    private static readonly HashSet<string> TitleWords =
    [
        "vice", "deputy", "former", "senior", "chief", "acting", "interim", "assistant", "associate", "executive", "general",
        "operating", "financial", "technology", "marketing", "information", "managing", "majority", "minority", "prime",
        "foreign", "finance", "health", "interior", "defence", "defense", "transport", "justice", "home", "state", "press",
        "communications", "policy", "campaign", "principal", "lead", "head", "first",
    ];

    public static string? Normalise(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return role;
        }

        var words = role.Split(' ');
        var inName = false;
        var rightLowered = false;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (Core(words[i]).Length == 0)
            {
                continue;
            }

            var flags = EntityLexicon.Shared.EntityFlags(Core(words[i]));
            if (IsAcronym(words[i]) || IsPossessive(words[i]))
            {
                // `Labour MP`, `Acme's chief economist`: an acronym or a possessive is a name the words before it belong to.
                (inName, rightLowered) = (true, false);
                continue;
            }

            if (!IsCapitalisedWord(words[i]))
            {
                // `british` → `British`; a lower-case word ends the name to its right (`chair of the Rowing Club`).
                words[i] = char.IsLower(words[i][0]) && flags.HasFlag(LexiconFlags.Demonym) ? char.ToUpperInvariant(words[i][0]) + words[i][1..] : words[i];
                (inName, rightLowered) = (false, !FunctionWords.IsDeterminer(words[i]));
                continue;
            }

            var roleWord = !inName && flags.HasFlag(LexiconFlags.RoleWord);
            var roleTail = rightLowered && TitleWords.Contains(Core(words[i]).ToLowerInvariant()) && IsPlainWord(Core(words[i])) && !StartsKnownPhrase(words, i);
            if (roleWord || roleTail)
            {
                words[i] = words[i].ToLowerInvariant();
                rightLowered = true;
                continue;
            }

            (inName, rightLowered) = (true, false);
        }

        return string.Join(' ', words);
    }

    /// <summary>`Press`, `Majority`: capitalised, neither an acronym (`CEO`) nor written with inner capitals (`McDonald`).</summary>
    private static bool IsCapitalisedWord(string word)
    {
        var core = Core(word);
        return core.Length > 1 && char.IsUpper(core[0]) && core.Skip(1).All(c => !char.IsUpper(c));
    }

    /// <summary>A common word and nothing else: not a name, place, nationality or body's word.</summary>
    private static bool IsPlainWord(string word) => IsPlainWord(EntityLexicon.Shared.Lookup(word));

    private static bool IsPlainWord(LexiconFlags flags) =>
        flags.HasFlag(LexiconFlags.CommonWord)
        && (flags & (LexiconFlags.GivenName | LexiconFlags.Surname | LexiconFlags.Place | LexiconFlags.Demonym | LexiconFlags.OrganisationWord)) == 0;

    /// <summary>`White House`: a word after a name, place or surname belongs to that name.</summary>
    private static bool StartsKnownPhrase(string[] words, int i) =>
        i > 0 && IsCapitalisedWord(words[i - 1])
        && (EntityLexicon.Shared.EntityFlags(Core(words[i - 1])) & (LexiconFlags.GivenName | LexiconFlags.Surname | LexiconFlags.Place)) != 0;

    private static bool IsAcronym(string word)
    {
        var core = Core(word);
        return core.Length > 1 && core.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&');
    }

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    private static string Core(string word) => word.Trim(',', '.', ';', ':', '(', ')', '’', '\'');
}
