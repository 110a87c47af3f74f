using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `afirmou a empresa em nota`, `o ministério acrescentou`, `a prefeitura afirmou`: where nouns are written in lower case, a
/// body's noun stands for the one body of that kind the article named before, whoever else it named since: `o Ministério da
/// Saúde` (the noun capitalised, then its name), `o laboratório Biovida Farmacêutica` (a trade noun before a firm's name) or
/// `A Corticeira do Sado, uma das maiores empresas` (an apposition that says it is a firm). Two such bodies leave it unnamed.
/// </summary>
internal static class NamedBodyOfKind
{
    private const int MaxNameWords = 7;
    private const int MaxAppositionWords = 5;

    private static readonly FrozenSet<string> CompanyNouns = new[]
    {
        "empresa", "empresas", "companhia", "companhias", "firma", "entreprise", "entreprises", "société", "sociétés", "compagnie",
        "groupe", "grupo", "compañía", "azienda", "aziende", "società",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The Romance languages, whose body nouns are written in lower case (`il comune`, `la empresa`); German has
    /// <see cref="NamedBodyReference"/>, since every German noun is capitalised and would open a name here.
    /// </summary>
    public static bool Applies(LanguageKnowledge language) => language.Code is "fr" or "pt" or "es" or "it";

    /// <summary>The body of the kind <paramref name="description"/>'s head noun names, named before <paramref name="before"/>, when only one is; else null.</summary>
    public static string? Find(string text, int before, List<Word> description, LanguageKnowledge language)
    {
        var head = description.FindIndex(w => !language.Determiners.Contains(w.Lower));
        return head < 0 ? null : Find(text, before, description[head].Lower, language);
    }

    private static string? Find(string text, int before, string noun, LanguageKnowledge language)
    {
        var words = WordTokenizer.Tokenize(text, 0, before);
        var company = CompanyNouns.Contains(noun);
        string? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized || language.Determiners.Contains(words[i].Lower)
                || (i > 0 && words[i - 1].IsCapitalized && !language.Determiners.Contains(words[i - 1].Lower)))
            {
                continue;
            }

            var end = NameEnd(text, words, i, language);
            var named = words[i].Lower == noun ? end > i + 1
                : company && ((i > 0 && BodyNounBeforeName.Is(text, words[i - 1].Start, words[i - 1].End)) || CompanyApposition(text, words, end, language));
            if (!named)
            {
                continue;
            }

            var name = text[words[i].Start..words[end - 1].End];
            if (found is null || name.StartsWith(found, StringComparison.Ordinal))
            {
                found = name;
            }
            else if (!found.StartsWith(name, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>`Prefeitura de Itajuru`, `Câmara Municipal de Vila Nova de Alvares`: capitalised words and the short joining words between them.</summary>
    private static int NameEnd(string text, List<Word> words, int start, LanguageKnowledge language)
    {
        var end = start + 1;
        while (end < words.Count && end - start < MaxNameWords && OnlySpace(text, words[end - 1], words[end]))
        {
            if (words[end].IsCapitalized)
            {
                end++;
            }
            else if (language.OfPrepositions.Contains(words[end].Lower) && end + 1 < words.Count && words[end + 1].IsCapitalized && OnlySpace(text, words[end], words[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>`Corticeira do Sado, uma das maiores empresas`, `Valmont, un groupe`: a comma after the name, then an indefinite and a firm noun within a few words.</summary>
    private static bool CompanyApposition(string text, List<Word> words, int end, LanguageKnowledge language)
    {
        if (end >= words.Count || text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Trim() is not ",")
        {
            return false;
        }

        if (!language.Indefinites.Contains(words[end].Lower))
        {
            // `Contactada pelo Jornal do Sul, a empresa recusou`: a definite noun after the comma is the next clause's subject.
            return false;
        }

        for (var k = end + 1; k < words.Count && k - end < MaxAppositionWords && OnlySpace(text, words[k - 1], words[k]); k++)
        {
            if (CompanyNouns.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlySpace(string text, Word left, Word right) =>
        right.Start > left.End && text.AsSpan(left.End, right.Start - left.End).IsWhiteSpace();
}
