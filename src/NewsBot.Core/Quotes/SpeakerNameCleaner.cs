using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Chief Executive Satya Nadella` arrives as `Executive Satya Nadella` when only `Chief` is a known title: a leading
/// role word before a full name belongs to the role, not the name. So does a leading compound modifier
/// (`Texas-based Ana Holm`, `South Korean-born Tomas Vek`, `Co-anchor Lisa Brandt`): it describes the person, it is no name.
/// </summary>
internal static class SpeakerNameCleaner
{
    public static Attribution Clean(Attribution attribution)
    {
        if (attribution.Speaker is not { } speaker || attribution.Kind is CandidateKind.Description)
        {
            return attribution;
        }

        var words = speaker.Split(' ');
        var first = Array.FindLastIndex(words, IsCompoundModifier) + 1;
        if (first >= words.Length || !char.IsUpper(words[first][0]))
        {
            first = 0;
        }

        while (words.Length - first > 2 && IsRoleWordOnly(words[first]))
        {
            first++;
        }

        if (first == 0)
        {
            return attribution;
        }

        return attribution with { Speaker = string.Join(' ', words[first..]), Role = attribution.Role ?? string.Join(' ', words[..first]) };
    }

    /// <summary>`Texas-based`, `Indiana-born`, `Co-anchor`: a hyphenated word whose last part is lower case.</summary>
    public static bool IsCompoundModifier(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private static bool IsRoleWordOnly(string word)
    {
        var flags = EntityLexicon.Shared.Lookup(word);
        return flags.HasFlag(LexiconFlags.RoleWord) && (flags & (LexiconFlags.GivenName | LexiconFlags.Surname)) == 0;
    }
}
