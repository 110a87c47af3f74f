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
        var sentences = new List<TextSpan>();
        var words = new List<int[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in SentenceSplitter.Split(text, paragraphs))
        {
            var tokens = WordTokenizer.Tokenize(text, sentence.Start, sentence.End);
            if (tokens.Count < MinWords)
            {
                continue;
            }

            sentences.Add(sentence);
            words.Add(ContentWordIds(tokens, ids));
            if (sentences.Count == MaxSentences)
            {
                break;
            }
        }

        if (sentences.Count == 0)
        {
            return [];
        }

        var scores = PageRank(Similarities(words), LeadBias(sentences.Count));
        var take = sentences.Count >= 6 ? 3 : Math.Min(2, sentences.Count);
        return Enumerable.Range(0, sentences.Count)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(take)
            .Order()
            .Select(i => text[sentences[i].Start..sentences[i].End])
            .ToList();
    }

    /// <summary>The sentence's distinct content words as sorted ids, so that overlaps are a merge, not hash lookups.</summary>
    private static int[] ContentWordIds(List<Word> tokens, Dictionary<string, int> ids)
    {
        var result = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Lower.Length > 1 && !StopWords.Contains(token.Lower))
            {
                if (!ids.TryGetValue(token.Lower, out var id))
                {
                    id = ids.Count;
                    ids[token.Lower] = id;
                }

                result.Add(id);
            }
        }

        result.Sort();
        return result.Distinct().ToArray();
    }

    private static int Shared(int[] left, int[] right)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < left.Length && j < right.Length)
        {
            var order = left[i].CompareTo(right[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return shared;
    }

    private static double[,] Similarities(List<int[]> words)
    {
        var n = words.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var shared = Shared(words[i], words[j]);
                var norm = Math.Log(words[i].Length + 1) + Math.Log(words[j].Length + 1);
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
