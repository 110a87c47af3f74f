namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// A candidate span taken apart: a leading article ("the", "der", "la"), the titles and honorifics before the name
/// ("Prime Minister", "Dr"), and the core words with what the lexicons know of each. Name particles ("von", "da") are
/// left out of the core but remembered.
/// </summary>
internal sealed record SpanShape(bool Determined, bool Titled, bool HasParticle, IReadOnlyList<string> Core, IReadOnlyList<LexiconFlags> Flags)
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "le", "la", "les", "l", "un", "une",
        "el", "los", "las", "il", "lo", "gli", "o", "os", "as", "um", "uma",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "da", "di", "del", "della", "du", "dos", "das", "do", "la", "le", "bin", "ibn", "al", "el",
        "ter", "zu", "vom", "y", "e", "of", "für", "for", "and", "und", "et", "&",
    };

    public static SpanShape Of(EntityLexicon lexicon, IReadOnlyList<string> tokens, string? language)
    {
        var words = tokens.Where(t => t.Any(char.IsLetterOrDigit) || t == "&").ToList();
        var start = 0;
        var determined = words.Count > 1 && Articles.Contains(words[0].Trim('’', '\''));
        start += determined ? 1 : 0;

        var titled = false;
        while (start < words.Count - 1 && IsTitle(lexicon.Lookup(words[start], language), lexicon.Lookup(words[start + 1], language)))
        {
            titled = true;
            start++;
        }

        var core = new List<string>();
        var flags = new List<LexiconFlags>();
        var hasParticle = false;
        for (var i = start; i < words.Count; i++)
        {
            if (core.Count > 0 && Particles.Contains(words[i]))
            {
                hasParticle = true;
                continue;
            }

            core.Add(words[i]);
            flags.Add(lexicon.Lookup(words[i], language));
        }

        return new SpanShape(determined, titled, hasParticle, core, flags);
    }

    /// <summary>
    /// A title word is skipped when it is no given name itself ("General" yes, "Mark" no), or when another title follows
    /// ("Prime Minister": "Prime" is a given name too).
    /// </summary>
    private static bool IsTitle(LexiconFlags flags, LexiconFlags next)
    {
        const LexiconFlags Titles = LexiconFlags.Honorific | LexiconFlags.RoleWord;
        return (flags & Titles) != 0 && ((flags & LexiconFlags.GivenName) == 0 || ((next & Titles) != 0 && (next & LexiconFlags.GivenName) == 0));
    }
}
