using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Chief Executive Satya Nadella` arrives as `Executive Satya Nadella` when only `Chief` is a known title: a leading
/// role word before a full name belongs to the role, not the name.
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
        var first = 0;
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

    private static bool IsRoleWordOnly(string word)
    {
        var flags = EntityLexicon.Shared.Lookup(word);
        return flags.HasFlag(LexiconFlags.RoleWord) && (flags & (LexiconFlags.GivenName | LexiconFlags.Surname)) == 0;
    }
}
