using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Readers' comments under a post (WordPress "comment-list", Disqus): prose, but not the page's. When the article
/// path is weighed against the content region, they must not make a post with a long discussion under it look like
/// one section of a page made of many. The region keeps them as text: on a link aggregator they are the page.
/// </summary>
internal static class CommentSections
{
    private static readonly HashSet<string> CommentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "comments", "commentlist", "disqus",
    };

    /// <summary>The outermost comment sections under <paramref name="root"/>, outside what <paramref name="excluded"/> rules out.</summary>
    public static IEnumerable<IElement> Under(IElement root, ExcludedNodes excluded)
    {
        foreach (var node in DomWalker.Descendants(root, enter: node => !IsOne(node), skip: excluded.Contains))
        {
            if (IsOne(node))
            {
                yield return (IElement)node;
            }
        }
    }

    /// <summary>
    /// Read from the class only: id="comments" is the anchor every "12 comments" link jumps to, which forum software
    /// also gives the replies of a thread; the class names the widget.
    /// </summary>
    public static bool IsOne(INode node) =>
        node is IElement element && element.GetAttribute(null, "class") is { Length: > 0 and < ExtractionLimits.MaxHintChars } classes
        && classes.Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries).Any(CommentWords.Contains);
}
