using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `« … », écrit l’agence`, `“…”, resalta el organismo`, `ha precisato l’ente`, `afirmou a agência`: a generic noun for a
/// body (agency, organisation, company, ministry) stands for the body the text named last, in the quote's paragraph or
/// the one before, when no person was named after it (a person would compete as the source). A name after `de`/`di`/`do`
/// (`parte de la ONU`) only qualifies another noun, and words inside quotation marks are someone's words, not the text's.
/// </summary>
internal static class BodyDescription
{
    private const int MaxNameWords = 4;

    private static readonly FrozenSet<string> Nouns = new[]
    {
        "agence", "organisme", "organisation", "entité", "institution", "entreprise", "société", "compagnie", "ministère",
        "agencia", "organismo", "organización", "entidad", "institución", "empresa", "compañía", "ministerio",
        "agenzia", "ente", "organizzazione", "istituto", "azienda", "società", "ministero",
        "agência", "organização", "entidade", "instituição", "companhia", "ministério",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Romance = new[] { "fr", "es", "it", "pt" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>`l’agence`, `el organismo`, `die Vertretung`: an article and a generic body noun, nothing that says which body.</summary>
    public static bool IsBare(List<Word> description, LanguageKnowledge language) =>
        description.Count == 2 && language.Determiners.Contains(description[0].Lower)
        && (Romance.Contains(language.Code) ? Nouns.Contains(description[1].Lower) : language.Code == "de" && GermanBodyNoun.Is(description[1].Text));

    /// <summary>The last body named before <paramref name="before"/> in its paragraph or the one before, with where its name ends; null when none is.</summary>
    public static (string Name, int End)? Latest(string text, int before, LanguageKnowledge language)
    {
        var paragraphStart = ParagraphStart(text, before);
        var previousEnd = paragraphStart - 1;
        while (previousEnd > 0 && char.IsWhiteSpace(text[previousEnd - 1]))
        {
            previousEnd--;
        }

        var from = previousEnd > 0 ? ParagraphStart(text, previousEnd) : paragraphStart;
        var words = WordTokenizer.Tokenize(text, from, before);
        var quoted = QuotedMask(text, from, before);
        (string Name, int End)? latest = null;
        for (var i = 0; i < words.Count; i++)
        {
            // `Der Verband Deutscher Küstenfischer`: a German article opening the sentence is no part of the body's name.
            if (quoted[words[i].Start - from] || NameStart(words[i]) is not { } offset || QualifiesNoun(words, i, language)
                || (language.CapitalisesNouns && language.Determiners.Contains(words[i].Lower)) || (i > 0 && BracketedRegionCode.Is(text, words[i], words[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < words.Count && end - i < MaxNameWords && words[end].IsCapitalized && text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End) is " ")
            {
                end++;
            }

            var run = words.Skip(i).Take(end - i).Select(w => w.Text).ToList();
            run[0] = run[0][offset..];
            var afterBodyNoun = i > 0 && words[i].Start - words[i - 1].End == 1 && BodyNounBeforeName.Is(text, words[i - 1].Start, words[i - 1].End);
            i = end - 1;
            if (afterBodyNoun || IsOrganisation(run, language))
            {
                latest = (string.Join(' ', run), words[end - 1].End);
            }
        }

        return latest;
    }

    /// <summary>Where a name starts inside the word: 0 for `Gazprom`, 2 for `l’EPA`; null for a lower-case word.</summary>
    private static int? NameStart(Word word) =>
        word.IsCapitalized ? 0
        : word.Text.Length > 3 && word.Text[0] is 'l' && word.Text[1] is '\'' or '’' && char.IsUpper(word.Text[2]) ? 2
        : null;

    /// <summary>`parte de la ONU`, `la condamnation de Monsanto`: a name after `de` (and an article) qualifies the noun before it.</summary>
    private static bool QualifiesNoun(List<Word> words, int i, LanguageKnowledge language)
    {
        var k = i - 1;
        if (k >= 0 && language.Determiners.Contains(words[k].Lower) && !words[k].IsCapitalized)
        {
            k--;
        }

        return k >= 0 && (language.OfPrepositions.Contains(words[k].Lower) || words[k].Lower.StartsWith("d’", StringComparison.Ordinal)
            || words[k].Lower.StartsWith("d'", StringComparison.Ordinal));
    }

    /// <summary>German capitalises every noun, so an organisation word in a run (`Der Verband`) names no body there; the lexicon or an acronym must.</summary>
    private static bool IsOrganisation(List<string> run, LanguageKnowledge language) =>
        EntityKnowledge.Classify(run, language.Code).Kind == Entities.EntityKind.Organisation
        || (!language.CapitalisesNouns && run.Any(EntityKnowledge.IsOrganisationWord))
        || (run is [var acronym] && acronym.Length is >= 2 and <= 6 && acronym.All(char.IsUpper));

    private static int ParagraphStart(string text, int position) => text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;

    /// <summary>Which characters of the stretch stand inside quotation marks.</summary>
    private static bool[] QuotedMask(string text, int from, int to)
    {
        var mask = new bool[Math.Max(0, to - from)];
        var inside = false;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is '«' or '“' or '„' || (c == '"' && !inside))
            {
                inside = true;
            }
            else if (c is '»' or '”' || (c == '"' && inside))
            {
                inside = false;
            }

            mask[k - from] = inside;
        }

        return mask;
    }
}
