namespace NewsBot.Core.Quotes;

/// <summary>
/// Scores quotes for the digest and marks the best as key: complete, informative statements on the article's topic,
/// with a named speaker, at most two per speaker before a third from anyone. Fragments, titles and scare quotes never lead.
/// </summary>
internal static class KeyQuoteRanker
{
    private const int MaxPerSpeaker = 2;
    private const double MinKeyScore = 0.4;
    private const int TopicWordCount = 15;

    private static readonly string[] Formulaic =
    [
        "no comment", "declined to comment", "thank you", "thanks", "we are pleased", "we're pleased", "we’re pleased",
        "we are excited", "we're excited", "we’re excited", "we are proud", "looking into", "reviewing the matter",
        "cooperating fully", "our thoughts and prayers", "thoughts and prayers", "at this time", "we do not comment",
    ];

    public static List<Quote> Rank(string text, IReadOnlyList<Quote> quotes, int maxKeyQuotes)
    {
        var topic = TopicWords(text);
        var scored = quotes.Select(q => q with { Score = Score(q, topic), IsKey = false }).ToList();
        var order = Enumerable.Range(0, scored.Count)
            .Where(i => QuoteShape.IsStatement(scored[i].Text) && scored[i].Score >= MinKeyScore)
            .OrderByDescending(i => scored[i].Score).ThenBy(i => i)
            .ToList();

        var chosen = new List<int>();
        var perSpeaker = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var deferred = new List<int>();
        foreach (var i in order.TakeWhile(_ => chosen.Count < maxKeyQuotes))
        {
            var speaker = scored[i].Speaker ?? $"#unknown{i}";
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

    private static double Score(Quote quote, HashSet<string> topic)
    {
        var words = WordTokenizer.Tokenize(quote.Text, 0, quote.Text.Length);
        if (words.Count == 0)
        {
            return 0;
        }

        var content = words.Select(w => w.Lower).Where(w => w.Length > 1 && !StopWords.Contains(w)).ToList();
        var length = Math.Min(1.0, (words.Count - 3) / 12.0) * (words.Count > 60 ? 0.8 : 1.0);
        var complete = (char.IsUpper(quote.Text[0]) ? 0.5 : 0) + (".!?,;…".Contains(quote.Text[^1], StringComparison.Ordinal) ? 0.5 : 0);
        var informative = Math.Min(1.0, (content.Count / (double)words.Count * 1.5) + (words.Any(w => char.IsDigit(w.Text[0])) ? 0.1 : 0));
        var topical = content.Count == 0 ? 0 : Math.Min(1.0, content.Count(topic.Contains) / 3.0);
        var score = (0.3 * Math.Max(0, length)) + (0.2 * complete) + (0.15 * informative) + (0.2 * topical) + (quote.Speaker is null ? 0 : 0.15);
        if (IsFormulaic(quote.Text))
        {
            score -= 0.3;
        }

        if (!QuoteShape.IsStatement(quote.Text))
        {
            score *= 0.3;
        }

        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    private static bool IsFormulaic(string quote) =>
        Formulaic.Any(f => quote.Contains(f, StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> TopicWords(string text) =>
        StopWords.ContentWords(text, new TextSpan(0, text.Length))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopicWordCount)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
}
