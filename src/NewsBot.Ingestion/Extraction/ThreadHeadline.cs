namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A thread's heading often carries a label of the forum's before the title its starter wrote ("Thread: …", a prefix tag
/// "Tips/Techniques …", a board's word): where the heading reads as one to three words and then a title the page declares
/// whole (its JSON-LD headline or name, og:title, twitter:title), the declared title is the thread's.
/// </summary>
internal static class ThreadHeadline
{
    private const int MaxLabelWords = 3;
    private const int MinimumTitleWords = 2;

    public static string? WithoutLabel(string? headline, JsonLdArticle ld, MetaTags meta) =>
        WithoutLabel(headline, [ld.Headline, ld.Name, meta.First("og:title"), meta.First("twitter:title")]);

    internal static string? WithoutLabel(string? headline, IEnumerable<string?> declaredTitles)
    {
        if (headline is null)
        {
            return null;
        }

        var headingWords = Words(headline);
        foreach (var value in declaredTitles)
        {
            // JSON-LD strings may hold entities a reader sees as characters ("Q&amp;A").
            if (value is null || System.Net.WebUtility.HtmlDecode(value).Trim() is not { Length: > 0 } declared)
            {
                continue;
            }

            var titleWords = Words(declared);
            var label = headingWords.Count - titleWords.Count;
            if (titleWords.Count >= MinimumTitleWords && label is > 0 and <= MaxLabelWords
                && headingWords.Skip(label).SequenceEqual(titleWords, StringComparer.OrdinalIgnoreCase))
            {
                return declared;
            }
        }

        return headline;
    }

    /// <summary>Letters and digits only, so a label's own punctuation ("Thread:", "[Help]") is no word.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var word in new WordRuns(text))
        {
            words.Add(text[word]);
        }

        return words;
    }
}
