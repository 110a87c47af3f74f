using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the surnames an article vouches for (<see cref="VouchedSurnames"/>): the capitalised word that ends a run after a
/// known given name, one after an honorific, one followed by an age; then drops each the article also writes as a place or a
/// noun, right after an article or a place preposition (`in Hale`, `aus Stein`, `der Koch`).
/// </summary>
internal static class VouchedSurnameReader
{
    private const int MaxAge = 110;
    private const int MaxFrequentRank = 1500;
    private const int MaxKeptWordCapacity = 16_384;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?:\n\"“„«");

    /// <summary>Lower-case words after which a capitalised word is a place or a noun, not a person, in any of the six languages.</summary>
    private static readonly HashSet<string> NonPersonBefore =
    [
        "the", "in", "near", "der", "die", "das", "dem", "den", "des", "im", "aus", "nach", "ins", "en", "à", "em", "no", "na",
    ];

    // Only the surnames outlive a reading, so the thread's word list is reused: a list per article was most of its garbage.
    [ThreadStatic]
    private static List<Word>? t_words;

    public static HashSet<string> Read(string text, string language)
    {
        var words = ArticleWordsInUse.Of(text) ?? Tokenized(text);
        var vouched = new HashSet<string>(StringComparer.Ordinal);
        var doubted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (!IsNameShaped(word))
            {
                continue;
            }

            if (NonPersonBefore.Contains(words[i - 1].Lower) && Adjacent(text, words[i - 1], word))
            {
                doubted.Add(word.Text);
            }
            else if (EndsRun(text, words, i) && (AfterGivenName(text, words, i, language) || AfterHonorific(text, words[i - 1], word) || BeforeAge(text, word))
                && !IsFrequentWord(word.Text, language))
            {
                // The frequency lookups come last: few run ends have a cue, and they were a third of the reading.
                vouched.Add(word.Text);
            }
        }

        if (t_words is { Capacity: > MaxKeptWordCapacity })
        {
            t_words = null;
        }

        vouched.ExceptWith(doubted);
        return vouched;
    }

    private static List<Word> Tokenized(string text)
    {
        var words = t_words ??= new List<Word>(1024);
        words.Clear();
        WordTokenizer.TokenizeInto(words, text, 0, text.Length);
        return words;
    }

    /// <summary>`Hainbuch`, `O’Neill`: a capital, then at least one lower-case letter.</summary>
    private static bool IsNameShaped(Word word) =>
        word.Text.Length >= 2 && char.IsUpper(word.Text[0]) && HasLower(word.Text.AsSpan(1));

    private static bool HasLower(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`Petra Hainbuch`, `Ken J. Doctor`: a given name the lexicon knows, not an ordinary word opening the sentence, not after an article.</summary>
    private static bool AfterGivenName(string text, List<Word> words, int at, string language)
    {
        var given = at - 1;
        if (given > 0 && words[given].Text.Length == 1 && char.IsUpper(words[given].Text[0]) && Adjacent(text, words[given], words[at], 2))
        {
            // `Ken J. Doctor`: one initial between the given name and the surname.
            given--;
        }
        else if (!Adjacent(text, words[given], words[at]))
        {
            return false;
        }

        var lexicon = EntityLexicon.Shared;
        if (!Adjacent(text, words[given], words[given + 1]) || !IsNameShaped(words[given]) || !lexicon.IsGivenName(words[given].Text))
        {
            return false;
        }

        var opensSentence = given == 0 || OpensSentence(text, words[given - 1], words[given]);
        return !(opensSentence && IsFrequentWord(words[given].Text, language))
            && !(given > 0 && NonPersonBefore.Contains(words[given - 1].Lower) && Adjacent(text, words[given - 1], words[given]))
            && !lexicon.IsPlace($"{words[given].Text} {words[at].Text}")
            && !lexicon.EntityFlags(words[at].Text).HasFlag(LexiconFlags.OrganisationWord)
            && !NameLexicon.PlaceWords.Contains(words[at].Text) && !CalendarWords.Contains(words[at].Text);
    }

    /// <summary>`Mas`, `Will`, `Doch`: among the language's most frequent words, which a sentence's capital does not make a name.</summary>
    private static bool IsFrequentWord(string word, string language) =>
        EntityLexicon.Shared.IsCommonWord(word, language) && EntityLexicon.Shared.CommonRank(word, language) is > 0 and <= MaxFrequentRank;

    /// <summary>`Mr Hale`, `Frau Koch`, `Sr. Moreno`.</summary>
    private static bool AfterHonorific(string text, Word before, Word word) =>
        NameLexicon.Honorifics.Contains(before.Text) && text.AsSpan(before.End, word.Start - before.End).Trim('.') is { Length: 0 } or " ";

    /// <summary>`Stone, 44,`, `Koch (54)`: only people are given an age.</summary>
    private static bool BeforeAge(string text, Word word)
    {
        var rest = text.AsSpan(word.End, Math.Min(6, text.Length - word.End));
        var open = rest.StartsWith(", ") ? 2 : rest.StartsWith(" (") ? 2 : -1;
        if (open < 0)
        {
            return false;
        }

        var digits = 0;
        while (open + digits < rest.Length && char.IsAsciiDigit(rest[open + digits]))
        {
            digits++;
        }

        var close = open + digits < rest.Length ? rest[open + digits] : '\0';
        return digits is 1 or 2 && int.Parse(rest.Slice(open, digits)) <= MaxAge && (rest[1] == '(' ? close == ')' : close == ',');
    }

    /// <summary>The word is the run's last: no capitalised word follows it in the same phrase (`Ella Baker Center` is a body).</summary>
    private static bool EndsRun(string text, List<Word> words, int at) =>
        at + 1 >= words.Count || !words[at + 1].IsCapitalized || !Adjacent(text, words[at], words[at + 1]);

    /// <summary>One space (or <paramref name="maxGap"/> characters of spaces and a dot) between the two words.</summary>
    private static bool Adjacent(string text, Word first, Word second, int maxGap = 1)
    {
        var gap = text.AsSpan(first.End, second.Start - first.End);
        return gap.Length >= 1 && gap.Length <= maxGap && gap.Trim(". ").Length == 0 && gap[^1] == ' ';
    }

    private static bool OpensSentence(string text, Word before, Word word) =>
        text.AsSpan(before.End, word.Start - before.End).IndexOfAny(SentenceEnds) >= 0;
}
