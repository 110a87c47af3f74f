namespace NewsBot.Core.Quotes;

/// <summary>
/// `Brooke tearfully asked`, `the minister angrily replied`: an English manner adverb between a subject and its reporting
/// verb, told by its ending (`-fully`, `-ously`, `-ently`, `-ically`, `-edly`, a long `-ily` …) on a stem of four letters or
/// more, so that nouns ending in `-ly` (`family`, `rally`, `ally`, `assembly`, `supply`) stay words of the subject.
/// </summary>
internal static class MannerAdverb
{
    private static readonly string[] StemEndings = ["ful", "ous", "ive", "ent", "ant", "al", "ed", "ing", "ate", "ic", "less", "ar", "ish", "ere", "ght", "ick", "ow", "id", "ear", "ong", "ure", "ain", "est", "ile", "et"];

    public static bool Is(string lower)
    {
        if (lower.Length < 6 || !lower.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = lower[..^2];
        if (stem.EndsWith('i'))
        {
            // `angrily`, `hastily`, `wearily`; not `family`, `homily`.
            return lower.Length >= 7;
        }

        return stem.Length >= 4 && StemEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal));
    }
}
