namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Long reads name their people by surname alone (`„…“, sagt Albers.`), and the name lexicon knows few of them. The lone
/// word a reporting verb takes as its subject right after a closing quotation mark names a person throughout the article,
/// so `Albers hat sein Netz fertig.` makes him the subject a later `sagt er` goes back to, not the last woman named with a title.
/// </summary>
internal static class CuedSurnames
{
    private const string ClosingMarks = "“”\"»«";

    /// <summary>The lone capitalised words that stand as a reporting verb's subject right after a quote; <paramref name="isPerson"/> has the last word.</summary>
    public static IEnumerable<string> Find(string text, IReadOnlyList<Word> words, LanguageKnowledge language, Func<Word, bool> isPerson)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var verb = words[i];
            var name = words[i + 1];
            if (verb.IsCapitalized || !name.IsCapitalized || !language.Verbs.Contains(verb.Lower) || !AfterQuote(text, words[i - 1].End, verb.Start)
                || text.AsSpan(verb.End, name.Start - verb.End) is not " " || !EndsClause(text, words, i + 1) || !isPerson(name))
            {
                continue;
            }

            yield return name.Text;
        }
    }

    /// <summary>`“, sagt`: a closing mark and a comma between the quote's last word and the verb.</summary>
    private static bool AfterQuote(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap.IndexOfAny(ClosingMarks) >= 0 && gap.Contains(',');
    }

    /// <summary>The name is the whole subject: punctuation or a lower-case word follows it (`sagt Albers und zuckt`), not another capitalised one.</summary>
    private static bool EndsClause(string text, IReadOnlyList<Word> words, int at) =>
        at + 1 >= words.Count || !words[at + 1].IsCapitalized || text.AsSpan(words[at].End, words[at + 1].Start - words[at].End).Trim() is { Length: > 0 };
}
