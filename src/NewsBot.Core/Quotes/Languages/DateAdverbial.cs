using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A date right after a reporting verb (`manifestó el 10 de abril que …`, `a déclaré le 3 mars que`, `ha detto il 10 aprile che`,
/// `afirmou o último 10 de abril que`, `dijo el lunes el ministro`): when the verb was used, never its subject. The subject,
/// if any, comes after it.
/// </summary>
internal static class DateAdverbial
{
    private const int MaxDateWords = 7;

    /// <summary>Where the words after the date start, when <paramref name="at"/> opens one (an article, at most one adjective, then a day or a month); else <paramref name="at"/>.</summary>
    public static int Skip(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (at + 1 >= words.Count || !language.Determiners.Contains(words[at].Lower) || words[at].IsCapitalized)
        {
            return at;
        }

        var day = at + 1;
        if (!IsDay(words[day]) && day + 1 < words.Count && !words[day].IsCapitalized && IsDay(words[day + 1]) && SameClause(text, words, day + 1))
        {
            // `el pasado 10 de abril`, `le dernier lundi`
            day++;
        }

        if (!IsDay(words[day]) || !SameClause(text, words, day))
        {
            return at;
        }

        var end = day + 1;
        while (end + 1 < words.Count && end - at < MaxDateWords && SameClause(text, words, end) && SameClause(text, words, end + 1)
            && language.OfPrepositions.Contains(words[end].Lower) && IsDay(words[end + 1]))
        {
            // `de abril`, `de 2022`
            end += 2;
        }

        while (end < words.Count && end - at < MaxDateWords && SameClause(text, words, end) && (CalendarWords.Contains(words[end].Text) || IsNumber(words[end].Text)))
        {
            // `le 3 mars 2022`, `il 10 aprile`
            end++;
        }

        return end;
    }

    private static bool IsDay(Word word) => IsNumber(word.Text) || CalendarWords.Contains(word.Text);

    private static bool IsNumber(string word) => word.Length <= 4 && word.All(char.IsAsciiDigit);

    private static bool SameClause(string text, IReadOnlyList<Word> words, int k) =>
        text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseBreaks) < 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()—–.");
}
