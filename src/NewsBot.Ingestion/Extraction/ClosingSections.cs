using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Cuts what follows an article body in its own container: the author's box, a disclaimer, "you might also like",
/// "contact us", the comments. Each starts with a short heading of its own, from a lexicon of such closing
/// headings; the cut is made only once the body is behind it (a share of the text and some words), so a heading
/// of that name near the top is left alone.
/// </summary>
internal static class ClosingSections
{
    /// <summary>The body must hold at least this share of the words before a closing heading ends it.</summary>
    private const double MinimumBodyShare = 0.3;

    private const int MinimumBodyWords = 50;
    private const int MaxHeadingChars = 60;
    private const string BlockSeparator = "\n\n";

    /// <summary>Headings that close an article, lower case; a trailing '*' matches any continuation ("more from …").</summary>
    private static readonly string[] Headings =
    [
        "about the author", "about the authors", "about the reviewer", "about the expert", "author bio", "meet the author",
        "disclaimer", "disclosure", "you might also like", "you may also like", "you might also be interested in",
        "you may also be interested in", "related articles", "related posts", "related stories", "related content",
        "related reading", "related resources", "more from *", "more stories", "more articles", "more like this",
        "latest posts", "latest articles", "recent posts", "recent articles", "popular posts", "most popular", "read next",
        "keep reading", "contact us", "share this *", "share this article", "leave a comment", "leave a reply", "comments",
        "article sources", "sources", "trending", "sign up for our newsletter", "filed under",
        "über den autor", "über die autorin", "das könnte sie auch interessieren", "kommentare", "ähnliche artikel",
        "à propos de l'auteur", "commentaires", "sur le même sujet", "sobre el autor", "comentarios", "te puede interesar",
        "noticias relacionadas",
    ];

    /// <summary>The text up to its first closing heading past the body; the text itself when there is none.</summary>
    public static string Cut(string text)
    {
        var totalWords = CountWords(text, 0, text.Length);
        var bodyWords = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(BlockSeparator, start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            if (bodyWords >= Math.Max(MinimumBodyWords, totalWords * MinimumBodyShare) && IsClosingHeading(text.AsSpan(start, end - start)))
            {
                return text[..start].TrimEnd();
            }

            bodyWords += CountWords(text, start, end);
            start = end + BlockSeparator.Length;
        }

        return text;
    }

    private static bool IsClosingHeading(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxHeadingChars)
        {
            return false;
        }

        var heading = block.Trim().TrimEnd(" :.…!?-–—|".AsSpan()).ToString().ToLowerInvariant().Replace('’', '\'');
        if (heading.Length == 0)
        {
            return false;
        }

        foreach (var closing in Headings)
        {
            if (closing[^1] == '*' ? heading.StartsWith(closing[..^1], StringComparison.Ordinal) : heading == closing)
            {
                return true;
            }
        }

        return IsCommentCount(heading);
    }

    /// <summary>"12 comments", "3 responses", "4 thoughts on …".</summary>
    private static bool IsCommentCount(string heading)
    {
        var space = heading.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !heading.AsSpan(0, space).ToString().All(char.IsAsciiDigit))
        {
            return false;
        }

        var rest = heading[(space + 1)..];
        return rest is "comment" or "comments" or "response" or "responses" or "replies" || rest.StartsWith("thoughts on ", StringComparison.Ordinal);
    }

    private static int CountWords(string text, int start, int end) => TextMeasures.Words(text.AsSpan(start, end - start));
}
