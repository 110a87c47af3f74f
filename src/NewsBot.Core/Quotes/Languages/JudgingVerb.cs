using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, befand der Trainer Jörg Brandt.`: German `befinden` in the sense of judging reports what someone said, but the
/// same forms with `sich` (`befand sich`, `sich befindet`) say where something is, the far more common use, so a reflexive
/// `sich` beside the form rules it out.
/// </summary>
internal static class JudgingVerb
{
    private static readonly FrozenSet<string> Forms = new[] { "befand", "befanden", "befindet", "befinden", "befunden" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far from the form a reflexive `sich` still belongs to it: `befand Weber sich`.</summary>
    private const int ReflexiveReach = 3;

    public static bool At(IReadOnlyList<Word> words, int i, LanguageKnowledge language) =>
        language.Code == "de" && Forms.Contains(words[i].Lower)
        && !Enumerable.Range(i - 1, ReflexiveReach + 2).Any(j => j >= 0 && j < words.Count && words[j].Lower == "sich");
}
