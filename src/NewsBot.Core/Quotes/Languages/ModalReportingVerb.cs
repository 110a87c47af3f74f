using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A reporting verb in the infinitive after a verb of wanting or insisting: `«…», ha tenuto a precisare Marco Bellini`, `ha
/// voluto sottolineare`, `ci tiene a ricordare`, `quiso aclarar`, `a tenu à préciser`, `fez questão de ressaltar`, and after a
/// causative (`il Viminale ha fatto sapere che`, `fa notare`, `hizo saber`). The
/// infinitive is a reporting verb when its past form is one (`precisare` → `precisato`, `aclarar` → `aclaró`), so the
/// languages' verb lists serve without an infinitive list of their own.
/// </summary>
internal static class ModalReportingVerb
{
    private static readonly FrozenDictionary<string, string[]> Modals = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["it"] = ["ha tenuto a", "ha tenuto poi a", "ci ha tenuto a", "tiene a", "ci tiene a", "ha voluto", "ha voluto poi", "ha voluto anche", "vuole", "volle", "ha preferito",
            "ha fatto", "hanno fatto", "fa", "fanno"],
        ["es"] = ["quiso", "quiso también", "se encargó de", "no dudó en", "se apresuró a", "hizo"],
        ["fr"] = ["a tenu à", "tient à", "a voulu", "a souhaité", "s'est empressé de", "s’est empressé de"],
        ["pt"] = ["fez questão de", "faz questão de", "quis"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Infinitives whose past form the rule below cannot build (`dire` → `detto`, `decir` → `dijo`).</summary>
    private static readonly FrozenSet<string> IrregularInfinitives = LanguageKnowledge.Set(
        "dire", "aggiungere", "ammettere", "rispondere", "scrivere", "sostenere", "ribattere", "decir", "añadir", "dizer", "sapere", "saber");

    /// <summary>The modal and its infinitive starting at <paramref name="i"/>, or null.</summary>
    public static VerbMatch? At(IReadOnlyList<Word> words, int i, LanguageKnowledge language)
    {
        var length = Modals.TryGetValue(language.Code, out var modals) ? WordPhrases.Matches(words, i, modals) : 0;
        if (length == 0)
        {
            return null;
        }

        var infinitive = i + length;
        return infinitive < words.Count && IsReportingInfinitive(words[infinitive].Lower, language) ? new VerbMatch(i, infinitive, null) : null;
    }

    private static bool IsReportingInfinitive(string word, LanguageKnowledge language)
    {
        if (IrregularInfinitives.Contains(word) || language.CliticInfinitives.Contains(word))
        {
            return true;
        }

        if (word.Length < 5 || word[^1] != 'r' && word[^1] != 'e')
        {
            return false;
        }

        var stem = word.EndsWith('e') ? word[..^3] : word[..^2];
        var vowel = word.EndsWith('e') ? word[^3] : word[^2];
        string[] pasts = (language.Code, vowel) switch
        {
            ("it", 'a') => ["ato"],
            ("it", _) => ["ito", "uto"],
            ("es", 'a') => ["ó"],
            ("es", _) => ["ió"],
            ("fr", 'e') => ["é"],
            ("fr", _) => ["i"],
            ("pt", 'a') => ["ou"],
            ("pt", _) => ["eu", "iu"],
            _ => [],
        };
        return pasts.Any(past => language.Verbs.Contains(stem + past));
    }
}
