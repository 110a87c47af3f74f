namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, sagte jetzt allerdings eine Bahn-Sprecherin`: German puts sentence adverbs between an inverted verb and its subject.
/// Only a closed list of such adverbs is passed, and only when an article or a name follows, so an object or a clause after
/// the verb is never taken for the subject.
/// </summary>
internal static class GermanAdverbsBeforeSubject
{
    private const int MaxAdverbs = 2;

    private static readonly HashSet<string> Adverbs =
    [
        "jetzt", "nun", "allerdings", "aber", "auch", "zudem", "außerdem", "ebenfalls", "jedoch", "indes", "hingegen",
        "wiederum", "dann", "daraufhin", "später", "damals", "gestern", "heute", "bereits", "schon", "zuletzt", "schließlich",
        "inzwischen", "mittlerweile", "kürzlich", "unlängst", "noch",
    ];

    /// <summary>Where the subject starts past at most two such adverbs at <paramref name="at"/>; else <paramref name="at"/>.</summary>
    public static int Skip(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (!language.CapitalisesNouns)
        {
            return at;
        }

        var k = at;
        while (k < words.Count && k - at < MaxAdverbs && !words[k].IsCapitalized && Adverbs.Contains(words[k].Lower)
            && (k == at || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().IsEmpty))
        {
            k++;
        }

        return k > at && k < words.Count && (words[k].IsCapitalized || language.Determiners.Contains(words[k].Lower) || language.Indefinites.Contains(words[k].Lower))
            && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().IsEmpty ? k : at;
    }
}
