namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Im Tor der Gastgeber`, `Beim Training`, `Bei Anna Berg`: at a German sentence's start a preposition is capitalised and
/// runs into the words after it. No name opens with a preposition, and one fused with its article (`im` = `in dem`) governs
/// the noun after it, so that noun is no name either, whatever the lexicon says of it (`Tor`, a Norse given name).
/// </summary>
internal static class LeadingPreposition
{
    private static readonly HashSet<string> FusedWithArticle =
        ["im", "am", "beim", "vom", "zum", "zur", "ins", "ans", "aufs", "fürs", "ums", "durchs", "übers", "unterm", "vorm", "hinterm"];

    /// <summary>Name particles that are prepositions too: `Von der Leyen`, `Zu Guttenberg` open names.</summary>
    private static readonly HashSet<string> NameParticles = ["von", "zu"];

    /// <summary>
    /// The run without a leading fused preposition and the noun it governs, for readers that know no language: the fused forms
    /// are German only, and no name opens with one (`Im Yoon-ah`, a Korean name, keeps its hyphenated given name).
    /// </summary>
    public static List<Word> StripFused(List<Word> run)
    {
        if (run.Count < 2 || !run[0].IsCapitalized || !FusedWithArticle.Contains(run[0].Lower) || FamilyNameFirst.Is([run[0].Text, run[1].Text]))
        {
            return run;
        }

        return run.GetRange(2, run.Count - 2);
    }

    /// <summary>The run without its leading preposition (and the noun a fused one governs); empty when nothing is left.</summary>
    public static List<Word> Strip(List<Word> run, LanguageKnowledge language)
    {
        var lower = run[0].Lower;
        if (!run[0].IsCapitalized || NameParticles.Contains(lower))
        {
            return run;
        }

        var skip = FusedWithArticle.Contains(lower) ? 2 : language.Prepositions.Contains(lower) ? 1 : 0;
        return skip == 0 ? run : run.GetRange(Math.Min(skip, run.Count), run.Count - Math.Min(skip, run.Count));
    }
}
