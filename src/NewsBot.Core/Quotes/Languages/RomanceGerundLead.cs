using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A gerund that hangs a quote off the sentence's main clause (`El consejero defendió la rebaja, arguyendo que «…»`, `Le ministre
/// a confirmé …, soulignant que « … »`, `ha annunciato …, sottolineando che`, `confirmou …, salientando que`): its subject is the
/// main verb's, so the speaker is read at that verb, not among the objects just before the gerund.
/// </summary>
internal static class RomanceGerundLead
{
    private const int MaxWordsToComplementizer = 2;

    private static readonly FrozenDictionary<string, string[]> Endings = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["es"] = ["ando", "iendo", "yendo"],
        ["it"] = ["ando", "endo"],
        ["pt"] = ["ando", "endo", "indo"],
        ["fr"] = ["ant"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Gerunds of verbs of saying whose stems the lexicons do not inflect this way.
    private static readonly FrozenSet<string> IrregularGerunds = new[]
    {
        "arguyendo", "diciendo", "sosteniendo", "advirtiendo", "pidiendo", "insistiendo", "reconociendo", "concluyendo", "añadiendo",
        "dicendo", "sostenendo", "aggiungendo", "ribadendo", "concludendo", "ammettendo", "riconoscendo", "chiedendo", "rispondendo",
        "dizendo", "pedindo", "admitindo", "reconhecendo", "concluindo", "defendendo", "respondendo",
        "disant", "écrivant", "soutenant", "reconnaissant", "concluant", "répondant", "admettant", "promettant", "prévenant", "avertissant",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Complementizers = new[] { "que", "che", "qu'", "qu’" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The main clause's reporting verb when the lead ends on a gerund after a comma (and at most its complementizer), or null.
    /// </summary>
    public static VerbMatch? MainVerb(string text, IReadOnlyList<Word> words, int gerund, LanguageKnowledge language)
    {
        if (gerund == 0 || words.Count - 1 - gerund > MaxWordsToComplementizer || !IsGerund(words[gerund].Lower, language)
            || (gerund < words.Count - 1 && !Complementizers.Contains(words[^1].Lower))
            || !CommaBefore(text, words, words[gerund - 1].Lower is "en" ? gerund - 1 : gerund))
        {
            return null;
        }

        for (var k = gerund - 1; k >= 0; k--)
        {
            if (IsGerund(words[k].Lower, language) || VerbMatch.At(words, k, language) is not { } main || main.Last >= gerund)
            {
                continue;
            }

            // `ha annunciato`, `a confirmé`: the auxiliary before the participle belongs to the verb.
            return k > 0 && VerbMatch.At(words, k - 1, language) is { } longer && longer.Last >= k ? longer : main;
        }

        return null;
    }

    private static bool CommaBefore(string text, IReadOnlyList<Word> words, int at) =>
        at > 0 && text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Contains(',');

    private static bool IsGerund(string word, LanguageKnowledge language)
    {
        if (!Endings.TryGetValue(language.Code, out var endings) || !endings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        if (IrregularGerunds.Contains(word) || (language.Code != "fr" && language.Verbs.Contains(word)))
        {
            return true;
        }

        // French participles by the stem's other forms: `soulignant` → `souligné`, `jugeant` → `jugé`, `dénonçant` → `dénoncé`.
        var stem = word[..^3];
        return language.Code == "fr" && stem.Length > 2
            && (language.Verbs.Contains(stem + "é") || (stem.EndsWith('e') && language.Verbs.Contains(stem[..^1] + "é"))
                || (stem.EndsWith('ç') && language.Verbs.Contains(stem[..^1] + "cé")) || (stem.EndsWith("iss", StringComparison.Ordinal) && language.Verbs.Contains(stem[..^2])));
    }
}
