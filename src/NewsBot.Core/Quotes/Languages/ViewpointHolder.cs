using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Na avaliação do meteorologista Rafael Bastos, o fenômeno deve se repetir. “…”, destacou.`, `Selon le docteur Karim Aït,
/// la situation …`: a name in a frame that opens its clause and says whose view the clause states is who a following
/// subjectless verb or pronoun continues, as the clause's subject would be; the clause's grammatical subject is the thing
/// the view is about.
/// </summary>
internal static class ViewpointHolder
{
    /// <summary>Frames that take their holder after `de`/`do`/`da` (`na avaliação do economista`), beyond the language's according-to words.</summary>
    private static readonly FrozenDictionary<string, string[]> Frames = new Dictionary<string, string[]>
    {
        ["pt"] = ["na avaliação", "na opinião", "na visão", "na análise", "no entendimento", "na leitura", "nas palavras", "de acordo com"],
        ["fr"] = ["d'après", "de l'avis", "aux yeux", "selon"],
        ["es"] = ["de acuerdo con", "a juicio de", "en palabras de", "en opinión de"],
        ["it"] = ["a detta di", "a detta del", "a detta della", "a parere di", "a parere del", "a parere della"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int MaxWordsBeforeName = 8;

    /// <summary>`De acuerdo con el presidente de la comunidad de regantes, X`: a frame of three words and a full office.</summary>
    private const int MaxWordsBeforeApposedName = 11;

    public static bool Is(string text, List<Word> words, int at, LanguageKnowledge language)
    {
        // `Según el presidente de los regantes, Julián Ortega, las pérdidas …`: the name in apposition to the frame's holder.
        var end = at > 0 && IsCommaBefore(text, words, at) ? at - 1 : at;
        var start = end;
        var most = end == at ? MaxWordsBeforeName : MaxWordsBeforeApposedName;
        while (start > 0 && end - start <= most && !WordGaps.HasBreakBefore(text, words, start))
        {
            start--;
        }

        if (start == at || end - start > most || (start > 0 && !WordGaps.HasBreakBefore(text, words, start)))
        {
            return false;
        }

        var frame = language.AccordingTo.Contains(words[start].Lower)
            ? 1
            : Frames.TryGetValue(language.Code, out var phrases) ? WordPhrases.Matches(words, start, phrases) : 0;
        return frame > 0 && start + frame <= end && AllLowerCase(words, start + frame, end == at ? at : end + 1);
    }

    private static bool IsCommaBefore(string text, List<Word> words, int at) =>
        text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim() is ",";

    /// <summary>`do meteorologista`, `de la chercheuse`: the words between the frame and the name describe the holder.</summary>
    private static bool AllLowerCase(List<Word> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (words[k].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }
}
