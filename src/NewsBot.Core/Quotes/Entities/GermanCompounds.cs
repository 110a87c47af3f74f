namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// German writes compounds as one word, and the last part says what the whole is: "Innenministerium" is a ministry,
/// "Landesregierung" a government, "Bundesverfassungsgericht" a court.
/// </summary>
internal static class GermanCompounds
{
    private const int MinimumHead = 4;

    /// <summary>
    /// The organisation, role or document flag of the longest known last part of an unlisted word, else none. A part that
    /// is also a given name is no head: `Gambill` is a surname, not a compound of `bill` (a bill, and Bill).
    /// </summary>
    public static LexiconFlags HeadFlags(EntityTable table, ReadOnlySpan<char> key)
    {
        const LexiconFlags Heads = LexiconFlags.OrganisationWord | LexiconFlags.RoleWord | LexiconFlags.DocumentWord;
        for (var start = 3; start <= key.Length - MinimumHead; start++)
        {
            var flags = table.FlagsOf(key[start..]);
            if ((flags & Heads) != LexiconFlags.None)
            {
                return flags.HasFlag(LexiconFlags.GivenName) ? LexiconFlags.None : flags & Heads;
            }
        }

        return LexiconFlags.None;
    }
}
