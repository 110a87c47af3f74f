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

    private readonly HashSet<string> _words;

    private HeadlineWords(HashSet<string> words) => _words = words;

    public int Count => _words.Count;

    /// <summary>A page announcing fewer words gives too little to judge a text by.</summary>
    public bool EnoughToJudge => _words.Count >= MinimumToJudge;

    public static HeadlineWords Of(string? title, string? description)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Add(words, title);
        Add(words, description);
        return new HeadlineWords(words);
    }

    /// <summary>The share of the headline words <paramref name="text"/> holds at least once.</summary>
    public double ShareIn(WordBag text)
    {
        if (_words.Count == 0)
        {
            return 0;
        }

        var held = 0;
        foreach (var word in _words)
        {
            held += text.Holds(word) ? 1 : 0;
        }

        return (double)held / _words.Count;
    }

    private static void Add(HashSet<string> words, string? text)
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
                words.Add(word.ToString().ToLowerInvariant());
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
