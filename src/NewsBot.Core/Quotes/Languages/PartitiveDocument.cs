using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `sostiene parte de la resolución`, `selon un extrait du jugement`, `diz um trecho do acórdão`: a part of a document as an
/// inverted verb's subject. The document speaks, for whoever issued it; the dropped subject of the person named before does not.
/// </summary>
internal static class PartitiveDocument
{
    private const int MaxWordsToDocument = 4;

    private static readonly FrozenSet<string> PartNouns = FrozenSet.ToFrozenSet(
        ["parte", "partie", "extracto", "extrait", "fragmento", "fragment", "pasaje", "passage", "apartado", "trecho", "excerto", "stralcio", "passaggio", "brano"],
        StringComparer.Ordinal);

    /// <summary>Court papers the entity lexicon does not mark as documents.</summary>
    private static readonly FrozenSet<string> CourtPapers = FrozenSet.ToFrozenSet(
        ["resolución", "resolução", "résolution", "risoluzione", "acórdão", "dictamen", "providencia", "ordonnance", "ordinanza", "auto"],
        StringComparer.Ordinal);

    /// <summary>
    /// Where the document's article or contraction stands (`la` of `parte de la resolución`, `du` of `un extrait du jugement`),
    /// when the words at <paramref name="at"/> open with a part noun; -1 otherwise.
    /// </summary>
    public static int DocumentStart(IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        var part = at < words.Count && language.Indefinites.Contains(words[at].Lower) ? at + 1 : at;
        if (part + 2 >= words.Count || !PartNouns.Contains(words[part].Lower))
        {
            return -1;
        }

        for (var k = part + 1; k < words.Count && k - part <= MaxWordsToDocument; k++)
        {
            if (IsDocument(words[k].Lower))
            {
                return k - 1 > part ? k - 1 : -1;
            }

            if (!language.Prepositions.Contains(words[k].Lower) && !language.Determiners.Contains(words[k].Lower) && !IsContraction(words[k].Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    public static bool IsDocument(string lower) => EntityKnowledge.IsDocumentWord(lower) || CourtPapers.Contains(lower);

    private static bool IsContraction(string lower) => lower is "del" or "du" or "des" or "do" or "da" or "della" or "dello" or "dal" or "al";
}
