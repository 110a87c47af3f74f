using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>English words that carry no topic, ignored when comparing sentences and quotes (lower case).</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "about", "as", "into", "over", "after", "before", "than", "that", "this", "these", "those", "it", "its", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "could", "should",
        "can", "may", "might", "must", "not", "no", "yes", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
        "his", "she", "her", "they", "them", "their", "what", "which", "who", "whom", "when", "where", "why", "how", "all",
        "any", "some", "more", "most", "very", "just", "also", "only", "there", "here", "up", "out", "said", "says", "say",
        "told", "s", "t", "don", "mr", "mrs", "ms", "one", "get", "got", "going", "know", "think", "want", "like", "really",
        "lot", "thing", "things", "way", "well", "because", "now", "even", "much", "many", "been", "other", "such", "too",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);

    /// <summary>The topic words of a stretch of text, lower-cased.</summary>
    public static List<string> ContentWords(string text, TextSpan span) =>
        WordTokenizer.Tokenize(text, span.Start, span.End)
            .Select(w => w.Lower)
            .Where(w => w.Length > 1 && !Words.Contains(w))
            .ToList();
}
