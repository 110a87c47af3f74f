namespace NewsBot.Core.Quotes;

/// <summary>
/// Scores quotes for the digest and marks the best as key: complete, informative statements on the article's topic,
/// with a named speaker, at most two per speaker before a third from anyone. Fragments, titles and scare quotes never lead.
/// </summary>
internal static class KeyQuoteRanker
{
    /// <summary>One quote per voice first (the critic, not three officials); a second from the same person only after.</summary>
    private const int MaxPerSpeaker = 1;
    private const double MinKeyScore = 0.4;
    private const int TopicWordCount = 15;

    /// <summary>Past this many distinct words the counting dictionary is not kept for the thread's next article.</summary>
    private const int MaxKeptTopicCounts = 4_096;

    /// <summary>The word counts of <see cref="TopicWords"/>, one dictionary per thread (issue 17: 3% of the poll cycle's allocations).</summary>
    [ThreadStatic]
    private static Dictionary<string, int>? t_counts;

    private static readonly string[] Formulaic =
    [
        "no comment", "declined to comment", "thank you", "thanks", "we are pleased", "we're pleased", "we’re pleased",
        "we are excited", "we're excited", "we’re excited", "we are proud", "looking into", "reviewing the matter",
        "cooperating fully", "our thoughts and prayers", "thoughts and prayers", "at this time", "we do not comment",
    ];

    public static List<Quote> Rank(string text, IReadOnlyList<Quote> quotes, int maxKeyQuotes) =>
        Rank(WordTokenizer.Tokenize(text, 0, text.Length), quotes, quotes.Select(q => WordTokenizer.Tokenize(q.Text, 0, q.Text.Length)).ToList(), maxKeyQuotes);

    /// <summary>Ranks with the article's words and each quote's (<paramref name="tokens"/>, in the order of <paramref name="quotes"/>) already read.</summary>
    public static List<Quote> Rank(List<Word> articleWords, IReadOnlyList<Quote> quotes, IReadOnlyList<List<Word>> tokens, int maxKeyQuotes)
    {
        var topic = TopicWords(articleWords);
        var statement = quotes.Select((q, i) => QuoteShape.IsStatement(q.Text, tokens[i])).ToList();
        var scored = quotes.Select((q, i) => q with { Score = Score(q, tokens[i], statement[i], topic), IsKey = false }).ToList();
        var order = Enumerable.Range(0, scored.Count)
            .Where(i => statement[i] && scored[i].Score >= MinKeyScore)
            .OrderByDescending(i => scored[i].Score).ThenBy(i => i)
            .ToList();

        var chosen = new List<int>();
        var perSpeaker = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var deferred = new List<int>();
        foreach (var i in order.TakeWhile(_ => chosen.Count < maxKeyQuotes))
        {
            var speaker = scored[i].Speaker ?? $"#unknown{i}";
            if (chosen.Exists(c => c != i && scored[c].DisplayText.Contains(scored[i].Text, StringComparison.Ordinal)))
            {
                // The second half of a split quote is already shown joined to its first half.
                continue;
            }

            if (perSpeaker.GetValueOrDefault(speaker) >= MaxPerSpeaker)
            {
                deferred.Add(i);
                continue;
            }

            perSpeaker[speaker] = perSpeaker.GetValueOrDefault(speaker) + 1;
            chosen.Add(i);
        }

        chosen.AddRange(deferred.Take(Math.Max(0, maxKeyQuotes - chosen.Count)));
        foreach (var i in chosen)
        {
            scored[i] = scored[i] with { IsKey = true };
        }

        return scored;
    }

    private static double Score(Quote quote, List<Word> words, bool statement, HashSet<string> topic)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        var (contentCount, topicalCount) = (0, 0);
        foreach (var word in words)
        {
            if (word.Lower.Length > 1 && !StopWords.Contains(word.Lower))
            {
                contentCount++;
                topicalCount += topic.Contains(word.Lower) ? 1 : 0;
            }
        }

        var length = Math.Min(1.0, (words.Count - 3) / 12.0) * (words.Count > 60 ? 0.8 : 1.0);
        var complete = (char.IsUpper(quote.Text[0]) ? 0.5 : 0) + (".!?,;…".Contains(quote.Text[^1], StringComparison.Ordinal) ? 0.5 : 0);
        var informative = Math.Min(1.0, (contentCount / (double)words.Count * 1.5) + (words.Any(w => char.IsDigit(w.Text[0])) ? 0.1 : 0));
        var topical = contentCount == 0 ? 0 : Math.Min(1.0, topicalCount / 3.0);
        var score = (0.3 * Math.Max(0, length)) + (0.2 * complete) + (0.15 * informative) + (0.2 * topical) + (quote.Speaker is null ? 0 : 0.15);
        if (IsFormulaic(quote.Text))
        {
            score -= 0.3;
        }

        if (!statement)
        {
            score *= 0.3;
        }

        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    private static bool IsFormulaic(string quote) =>
        Formulaic.Any(f => quote.Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The <see cref="TopicWordCount"/> most frequent words seen twice or more, ties in ordinal order, kept in a short sorted
    /// list while the counts are read once (sorting every distinct word was a fifth of the ranker's time).
    /// </summary>
    private static List<string> MostFrequent(Dictionary<string, int> counts)
    {
        var best = new List<KeyValuePair<string, int>>(TopicWordCount + 1);
        foreach (var count in counts)
        {
            if (count.Value < 2 || StopWords.Contains(count.Key))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Outranks(count, best[at - 1]))
            {
                at--;
            }

            if (at < TopicWordCount)
            {
                best.Insert(at, count);
                if (best.Count > TopicWordCount)
                {
                    best.RemoveAt(TopicWordCount);
                }
            }
        }

        return best.ConvertAll(c => c.Key);
    }

    private static bool Outranks(KeyValuePair<string, int> word, KeyValuePair<string, int> other) =>
        word.Value > other.Value || (word.Value == other.Value && string.CompareOrdinal(word.Key, other.Key) < 0);

    private static HashSet<string> TopicWords(List<Word> articleWords)
    {
        var counts = t_counts ?? new Dictionary<string, int>(articleWords.Count / 2, StringComparer.Ordinal);
        t_counts = null;
        // Stop words are counted too and set aside among the distinct words: one lookup per word, not two. The words are
        // read in place: through the list's interface each one was an enumerator call and a copy (issue 11).
        foreach (ref readonly var word in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(articleWords))
        {
            var lower = word.Lower;
            if (lower.Length > 1)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, lower, out _)++;
            }
        }

        var topic = MostFrequent(counts).ToHashSet(StringComparer.Ordinal);
        if (counts.Count <= MaxKeptTopicCounts)
        {
            counts.Clear();
            t_counts = counts;
        }

        return topic;
    }
}
