using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// French `a fait savoir`, `fait valoir`, `a laissé entendre`, `fit remarquer`: a causative verb and the infinitive it takes
/// report speech together, and the subject stands after the infinitive (`a fait savoir le secrétaire général, X`).
/// </summary>
internal static class CausativeReportingVerb
{
    private static readonly FrozenSet<string> Causatives = LanguageKnowledge.Set("fait", "fit", "faisait", "laisse", "laissé", "laissait");

    private static readonly FrozenSet<string> Infinitives = LanguageKnowledge.Set("savoir", "valoir", "remarquer", "observer", "entendre", "comprendre");

    public static VerbMatch? At(IReadOnlyList<Word> words, int i, LanguageKnowledge language)
    {
        if (language.Code != "fr")
        {
            return null;
        }

        var causative = language.VerbCompanions.Contains(words[i].Lower) && i + 1 < words.Count ? i + 1 : i;
        return Causatives.Contains(words[causative].Lower) && causative + 1 < words.Count && Infinitives.Contains(words[causative + 1].Lower)
            ? new VerbMatch(i, causative + 1, null)
            : null;
    }
}
