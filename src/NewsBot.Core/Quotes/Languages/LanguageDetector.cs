using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Tells an article's language by its function words: each known language counts how many of the first words are its
/// stop words. A clear winner is the language; a close call or too little text is unknown (null), read with English rules.
/// </summary>
internal static class LanguageDetector
{
    private const int MaxWordsRead = 600;
    private const int MinStopWords = 4;

    /// <summary>The winner must beat the runner-up by this factor: Spanish and Portuguese share many words.</summary>
    private const double MinMargin = 1.25;

    /// <summary>The words of the text being read, one list per thread: it is asked once per article (issue 17's profile).</summary>
    [ThreadStatic]
    private static List<Word>? t_words;

    /// <summary>
    /// Each stop word with the languages that hold it, one bit per language in <see cref="KnownLanguages.All"/>'s order:
    /// one lookup a word instead of one per language.
    /// </summary>
    private static readonly FrozenDictionary<string, int> StopWordLanguages = KnownLanguages.All
        .SelectMany((language, i) => language.StopWords.Select(word => (Word: word, Bit: 1 << i)))
        .GroupBy(entry => entry.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.Aggregate(0, (bits, entry) => bits | entry.Bit), StringComparer.Ordinal);

    public static LanguageKnowledge? Detect(string text) => Detect(text, null);

    /// <summary>
    /// Reads the language from <paramref name="articleWords"/>, the words of the whole <paramref name="text"/>, when they hold
    /// the words read here unchanged (the whole text is short, or the last word read ends well before the cut): tokenizing
    /// the opening again was a third of the detection.
    /// </summary>
    public static LanguageKnowledge? Detect(string text, List<Word>? articleWords)
    {
        var cut = Math.Min(text.Length, MaxWordsRead * 8);
        if (articleWords is not null && CoversOpening(articleWords, text.Length, cut))
        {
            return Winner(articleWords);
        }

        var words = t_words ??= new List<Word>(MaxWordsRead * 2);
        try
        {
            WordTokenizer.TokenizeInto(words, text, 0, cut);
            return Winner(words);
        }
        finally
        {
            words.Clear();
        }
    }

    /// <summary>
    /// Whether the words read (at most <see cref="MaxWordsRead"/>) are the same when the text is cut at <paramref name="cut"/>:
    /// a word ends where its run of letters ends, and a possessive `’s` split off adds two characters, so a word that ends
    /// more than two characters before the cut was read whole.
    /// </summary>
    private static bool CoversOpening(List<Word> articleWords, int textLength, int cut) =>
        cut == textLength || (articleWords.Count >= MaxWordsRead && articleWords[MaxWordsRead - 1].End + 2 < cut);

    private static LanguageKnowledge? Winner(List<Word> words)
    {
        var counts = new int[KnownLanguages.All.Count];
        var read = 0;
        foreach (var word in words)
        {
            if (++read > MaxWordsRead)
            {
                break;
            }

            if (StopWordLanguages.TryGetValue(word.Lower, out var languages))
            {
                for (var i = 0; i < counts.Length; i++)
                {
                    counts[i] += (languages >> i) & 1;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        var runnerUp = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            runnerUp = i != best ? Math.Max(runnerUp, counts[i]) : runnerUp;
        }

        return counts[best] >= MinStopWords && counts[best] >= runnerUp * MinMargin ? KnownLanguages.All[best] : null;
    }
}
