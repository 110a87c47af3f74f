namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// German reflexive reporting verbs put their pronoun before the subject (`äußerte sich die Stadträtin dazu`, `zeigte sich
/// auch der Trainer zufrieden`, `meldete sich gestern die Ministerin zu Wort`): the pronoun and the particles after it are
/// no part of the subject, which starts behind them.
/// </summary>
internal static class GermanReflexive
{
    private const int MaxParticles = 3;

    private static readonly HashSet<string> Reflexives = ["sich", "mich", "uns"];

    /// <summary>Short adverbs that stand between the reflexive and the subject; an article or a name ends them.</summary>
    private static readonly HashSet<string> Particles =
    [
        "auch", "ebenfalls", "gestern", "heute", "dazu", "darüber", "dann", "nun", "jetzt", "zuletzt", "schon", "bereits", "erneut",
        "danach", "später", "inzwischen", "indes", "indessen", "jedoch", "aber", "allerdings", "zunächst", "sogleich", "prompt",
        "sichtlich", "hörbar", "offenbar", "selbst", "damals", "kürzlich", "gleich", "wiederum", "ihrerseits", "seinerseits",
    ];

    /// <summary>Where the subject starts when <paramref name="at"/> is a German reflexive pronoun; else <paramref name="at"/>.</summary>
    public static int SkipBefore(IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.Code != "de" || at >= words.Count - 1 || !Reflexives.Contains(words[at].Lower))
        {
            return at;
        }

        var k = at + 1;
        while (k < words.Count - 1 && k - at <= MaxParticles && Particles.Contains(words[k].Lower))
        {
            k++;
        }

        return k;
    }
}
