namespace NewsBot.Core.Quotes;

/// <summary>
/// Picks the most central sentences when an article has too few key quotes: TextRank over word overlap,
/// with the random jump biased to the lead because news puts the gist first.
/// </summary>
internal static class KeySentenceRanker
{
    private const double Damping = 0.85;
    private const int Iterations = 40;
    private const int MinWords = 6;

    /// <summary>The graph is quadratic in sentences; the gist of a news article is never past its first couple of hundred.</summary>
    private const int MaxSentences = 200;

    public static IReadOnlyList<string> Rank(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var sentences = SentenceSplitter.Split(text, paragraphs)
            .Where(s => WordTokenizer.Tokenize(text, s.Start, s.End).Count >= MinWords)
            .Take(MaxSentences)
            .ToList();
        if (sentences.Count == 0)
        {
            return [];
        }

        var words = sentences.Select(s => StopWords.ContentWords(text, s).ToHashSet(StringComparer.Ordinal)).ToList();
        var scores = PageRank(Similarities(words), LeadBias(sentences.Count));
        var take = sentences.Count >= 6 ? 3 : Math.Min(2, sentences.Count);
        return Enumerable.Range(0, sentences.Count)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(take)
            .Order()
            .Select(i => text[sentences[i].Start..sentences[i].End])
            .ToList();
    }

    private static double[,] Similarities(List<HashSet<string>> words)
    {
        var n = words.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var shared = words[i].Count(words[j].Contains);
                var norm = Math.Log(words[i].Count + 1) + Math.Log(words[j].Count + 1);
                similarity[i, j] = similarity[j, i] = norm > 0 ? shared / norm : 0;
            }
        }

        return similarity;
    }

    private static double[] LeadBias(int count)
    {
        var bias = Enumerable.Range(0, count).Select(i => 1.0 / Math.Sqrt(i + 1)).ToArray();
        var total = bias.Sum();
        return bias.Select(b => b / total).ToArray();
    }

    private static double[] PageRank(double[,] similarity, double[] jump)
    {
        var n = jump.Length;
        var outWeight = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => similarity[i, j])).ToArray();
        var scores = (double[])jump.Clone();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var incoming = 0.0;
                for (var j = 0; j < n; j++)
                {
                    incoming += outWeight[j] > 0 ? similarity[j, i] / outWeight[j] * scores[j] : jump[i] * scores[j];
                }

                next[i] = ((1 - Damping) * jump[i]) + (Damping * incoming);
            }

            scores = next;
        }

        return scores;
    }
}
