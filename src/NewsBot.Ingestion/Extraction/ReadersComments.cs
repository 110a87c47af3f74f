using AngleSharp.Dom;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A readers' comment section below the page's headline is never the article, even when its many short posts hold
/// most of the page's paragraphs (a blog post written without <c>&lt;p&gt;</c> tags, ten comments that use them). A
/// wrapper holding the whole page stays protected: it holds the headline, or comes before it.
/// </summary>
internal sealed class ReadersComments(IElement body)
{
    private IElement? _headline;
    private bool _searched;

    /// <summary>The element is a comment section that starts after the page's first <c>h1</c> and does not hold it.</summary>
    public bool FollowHeadline(IElement element)
    {
        if (!CommentSections.IsOne(element) || Headline() is not { } headline)
        {
            return false;
        }

        return !element.Contains(headline) && headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);
    }

    // Looked for only when a comment section would be protected: on most pages never.
    private IElement? Headline()
    {
        if (!_searched)
        {
            _searched = true;
            _headline = DomWalker.DescendantElementsNamed(body, "h1").FirstOrDefault();
        }

        return _headline;
    }
}
