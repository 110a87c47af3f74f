namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// A candidate span taken apart: a leading article ("the", "der", "la"), what comes before the name (titles and
/// honorifics, "Prime Minister", "Dr"; an affiliation, "Breitbart’s"; a label, "Democrat"), and the core words with
/// what the lexicons know of each. Name particles ("von", "da") are left out of the core but remembered.
/// </summary>
internal sealed record SpanShape(bool Determined, bool Titled, bool Honorific, bool HasParticle, IReadOnlyList<string> Core, IReadOnlyList<WordFacts> Facts)
{
    private const LexiconFlags TitleFlags = LexiconFlags.Honorific | LexiconFlags.RoleWord;

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
        var determined = words.Count > 1 && Articles.Contains(words[0].Trim('’', '\''));
        var start = determined ? 1 : 0;
        var facts = words.Select(w => lexicon.Facts(w, language)).ToList();

        // Everything up to the last title or possessive is what the name is introduced by: "Former Florida Gov. Jeb Bush".
        var (titled, honorific) = (false, false);
        for (var i = start; i < words.Count - 1; i++)
        {
            if (IsTitle(facts[i], facts[i + 1]) || IsPossessive(words[i]))
            {
                (titled, honorific, start) = (true, facts[i].Has(LexiconFlags.Honorific) && !facts[i].Has(LexiconFlags.RoleWord), i + 1);
            }
        }

        var core = new List<int>();
        var hasParticle = false;
        for (var i = start; i < words.Count; i++)
        {
            var particle = Particles.Contains(words[i]);
            hasParticle |= particle && core.Count > 0;
            if (!particle)
            {
                core.Add(i);
            }
        }

        // A label before a name: "Democrat Hillary Clinton", "Senator-elect Mara Lindqvist".
        var label = core.FindIndex(i => facts[i].Has(LexiconFlags.GivenName));
        if (label > 0 && label < core.Count - 1 && core.Take(label).All(i => !facts[i].IsName && !facts[i].IsUnknown))
        {
            (titled, core) = (true, core.Skip(label).ToList());
        }

        return new SpanShape(determined, titled, honorific, hasParticle, core.Select(i => words[i]).ToList(), core.Select(i => facts[i]).ToList());
    }

    /// <summary>
    /// A title word, when it is no given name itself ("General" yes, "Mark" no) or when another title follows
    /// ("Prime Minister": "Prime" is a given name too).
    /// </summary>
    private static bool IsTitle(WordFacts word, WordFacts next) =>
        word.Has(TitleFlags) && (!word.Has(LexiconFlags.GivenName) || (next.Has(TitleFlags) && !next.Has(LexiconFlags.GivenName)));

    private static bool IsPossessive(string word) =>
        word.Length > 3 && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal));
}
