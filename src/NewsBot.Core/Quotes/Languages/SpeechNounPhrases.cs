using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A noun of speech and whose it is, in place of a reporting verb: `Queste le parole del sindaco Marco Bellini: «…»`,
/// `«…», il commento di Bellini`, `«…», fueron las palabras de Ana Lima`, `les propos du maire`. Only where the phrase opens
/// the lead or the tail (after at most a copula or a demonstrative), and not nouns that are also reporting verbs (`la replica`,
/// read as `replica`): inside a longer sentence the noun is often someone
/// else's (`ha ascoltato la risposta del ministro e ha detto: «…»`).
/// </summary>
internal static class SpeechNounPhrases
{
    /// <summary>Each noun with its article, lower case (`l'` joined to its noun, as the tokenizer keeps it), and the prepositions of whose.</summary>
    private static readonly FrozenDictionary<string, (string[] Nouns, string[] Of)> Forms = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
    {
        ["it"] = (["le parole", "parole", "il commento", "lo sfogo", "l'appello", "il monito", "l'annuncio", "la spiegazione", "l'ammissione", "il racconto"],
            ["di", "del", "della", "dello", "dei", "degli", "delle"]),
        ["es"] = (["las palabras", "palabras", "el comentario", "la reflexión", "la advertencia"], ["de", "del"]),
        ["pt"] = (["as palavras", "palavras", "o comentário", "o desabafo"], ["de", "do", "da", "dos", "das"]),
        ["fr"] = (["les mots", "les propos", "le commentaire"], ["de", "du", "des"]),

        // A label before a statement, as releases and parliamentary papers print it: `Antwort der Staatssekretärin Anna Roth:`.
        ["de"] = (["antwort", "die antwort", "stellungnahme", "die stellungnahme", "das fazit", "frage", "die frage"], ["der", "des", "von", "vom"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What may stand before the phrase: `è il commento di`, `Queste le parole di`, `fueron las palabras de`, `ce sont les mots de`.</summary>
    private static readonly FrozenSet<string> Openers = LanguageKnowledge.Set(
        "è", "sono", "queste", "questo", "questa", "ecco", "così", "fueron", "fue", "son", "estas", "estos", "así", "foram", "são",
        "assim", "voici", "voilà", "tels", "telles", "sont", "ainsi");

    private static readonly FrozenDictionary<string, string[]> Phrases = Forms.ToFrozenDictionary(
        pair => pair.Key, pair => pair.Value.Nouns.SelectMany(noun => pair.Value.Of.Select(of => $"{noun} {of}")).ToArray(), StringComparer.Ordinal);

    /// <summary>Where the source's name starts after such a phrase at the start of <paramref name="words"/>; -1 when there is none.</summary>
    public static int SourceStart(IReadOnlyList<Word> words, LanguageKnowledge language)
    {
        if (!Phrases.TryGetValue(language.Code, out var phrases))
        {
            return -1;
        }

        var at = 0;
        while (at < Math.Min(words.Count, 2) && Openers.Contains(words[at].Lower))
        {
            at++;
        }

        return WordPhrases.Matches(words, at, phrases) is > 0 and var length && at + length < words.Count ? at + length : -1;
    }
}
