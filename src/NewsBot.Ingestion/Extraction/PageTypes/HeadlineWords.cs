using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The words a page announces itself with in its &lt;title&gt; and meta description: distinct, lower-cased, of four or
/// more characters and not a bare number (shorter words are mostly function words in every language the corpora hold, a
/// number is mostly a year). How many of them a text holds says whether it is what the page is about.
/// </summary>
internal sealed class HeadlineWords
{
    private const int MinimumLength = 4;

    private const int MinimumToJudge = 5;

    /// <summary>Each word and the order it was met in, so a text's reading can mark the words it holds in a bit row.</summary>
    private readonly Dictionary<string, int> _words;

    private HeadlineWords(Dictionary<string, int> words) => _words = words;

    public int Count => _words.Count;

    /// <summary>A page announcing fewer words gives too little to judge a text by.</summary>
    public bool EnoughToJudge => _words.Count >= MinimumToJudge;

    public static HeadlineWords Of(string? title, string? description)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(words, title);
        Add(words, description);
        return new HeadlineWords(words);
    }

    /// <summary>
    /// The share of the headline words <paramref name="text"/> holds at least once, as <see cref="WordBag.Holds"/> reads
    /// them (its words lower-cased), without building the text's bag: read of every article text.
    /// </summary>
    public double ShareIn(string text)
    {
        if (_words.Count == 0)
        {
            return 0;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        Span<bool> seen = _words.Count <= 256 ? stackalloc bool[_words.Count] : new bool[_words.Count];
        var held = 0;
        foreach (var run in new WordRuns(text))
        {
            var word = text.AsSpan()[run];
            if (word.Length < MinimumLength)
            {
                continue;
            }

            ReadOnlySpan<char> lower = word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant();
            if (lookup.TryGetValue(lower, out var order) && !seen[order])
            {
                seen[order] = true;
                if (++held == _words.Count)
                {
                    break;
                }
            }
        }

        return (double)held / _words.Count;
    }

    private static void Add(Dictionary<string, int> words, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var run in new WordRuns(text))
        {
            var word = text.AsSpan()[run];
            if (word.Length >= MinimumLength && !IsNumber(word))
            {
                words.TryAdd(word.ToString().ToLowerInvariant(), words.Count);
            }
        }
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
