using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, heißt es in einer Mitteilung des Gesamtbetriebsrats`, `hieß es in der Stellungnahme der Polizeiinspektion Hohenstein`:
/// a document whose genitive names its issuer gives the quote to that body, under its nominative (`Gesamtbetriebsrat`) or the
/// full name an acronym stands for. A genitive that names a person or a role (`des Ministers`, `von Anna Berg`) is no body.
/// </summary>
internal static class GermanHearsayDocument
{
    private const int MaxNameWords = 3;

    private static readonly FrozenSet<string> DocumentDeterminers =
        LanguageKnowledge.Set("einer", "einem", "der", "dem", "ihrer", "ihrem", "seiner", "seinem");

    private static readonly FrozenSet<string> Adverbs = LanguageKnowledge.Set("weiter", "dazu", "zudem", "außerdem", "ferner", "ebenfalls", "auch");

    /// <summary>The issuing body named after `heißt es` at <paramref name="es"/>, or null.</summary>
    public static SpeakerCandidate? Find(string text, IReadOnlyList<Word> words, int es)
    {
        if (es < 1 || words[es].Lower != "es" || words[es - 1].Lower is not ("heißt" or "hieß"))
        {
            return null;
        }

        var at = es + 1;
        while (at < words.Count && Adverbs.Contains(words[at].Lower))
        {
            at++;
        }

        // `in einer Mitteilung des`: a preposition, a determiner, the document noun, the genitive's article.
        if (at + 4 >= words.Count || words[at].Lower != "in" || !DocumentDeterminers.Contains(words[at + 1].Lower) || !words[at + 2].IsCapitalized
            || CapitalisedRole.IsRoleNoun(words[at + 2].Text, "de") || words[at + 3].Lower is not ("des" or "der") || !Joined(text, words, at, at + 4))
        {
            return null;
        }

        var first = at + 4;
        if (first < words.Count && IsWeakAdjective(words[first]) && first + 1 < words.Count && words[first + 1].IsCapitalized)
        {
            // `des Nordischen Skiverbands Österreich`: the noun, not its declined adjective, starts the name.
            first++;
        }

        var end = first;
        while (end < words.Count && end - first < MaxNameWords && words[end].IsCapitalized && (end == first || text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End) is " "))
        {
            end++;
        }

        if (end == first || IsPerson(words[first].Text))
        {
            return null;
        }

        var head = words[first].Text;
        if (end - first == 1 && EntityKnowledge.IsCommonWord(Nominative(head), "de"))
        {
            // `in einer Mitteilung des Unternehmens`: a kind of body, not its name.
            return null;
        }

        var name = string.Join(' ', words.Skip(first).Take(end - first).Select((w, i) => i == 0 && words[at + 3].Lower == "des" && end - first == 1 ? Nominative(head) : w.Text));
        return SubjectPhrase.Expanded(text, new SpeakerCandidate(CandidateKind.Name, [name], words[first].Start, name));
    }

    /// <summary>`Gesamtbetriebsrats` → `Gesamtbetriebsrat`, `Verbandes` → `Verband`: a masculine or neuter genitive's ending dropped; an acronym as written.</summary>
    public static string Nominative(string genitive)
    {
        if (genitive.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return genitive;
        }

        if (genitive.Length > 5 && genitive.EndsWith("es", StringComparison.Ordinal) && genitive[^3] is 'd' or 't' or 's' or 'z' or 'ß')
        {
            return genitive[..^2];
        }

        return genitive.Length > 4 && genitive.EndsWith('s') && !genitive.EndsWith("ss", StringComparison.Ordinal) ? genitive[..^1] : genitive;
    }

    /// <summary>`Nordischen`, `Kantonalen`, `Evangelischen`: an adjective declined after `des`/`der`.</summary>
    private static bool IsWeakAdjective(Word word) => word.IsCapitalized && AdjectiveEndings.Any(e => word.Text.Length > e.Length + 2 && word.Text.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] AdjectiveEndings = ["ischen", "lichen", "igen", "alen", "ären"];

    private static bool IsPerson(string word) =>
        CapitalisedRole.IsRoleNoun(word, "de") || CapitalisedRole.IsPersonWord(word) || EntityKnowledge.IsGivenName(word);

    private static bool Joined(string text, IReadOnlyList<Word> words, int from, int to)
    {
        for (var k = from + 1; k <= to && k < words.Count; k++)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
