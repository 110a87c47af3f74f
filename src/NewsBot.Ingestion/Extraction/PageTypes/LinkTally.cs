using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Link measures of a page outside its furniture, tallied during the card-grid walk (no walk of its own): a front page
/// or a hub is mostly headline links to other pages, an article mostly prose of its own, in a run of paragraphs.
/// </summary>
internal sealed class LinkTally
{
    private readonly Dictionary<IElement, int> _paragraphRuns = [];

    /// <summary>A link with this much text names another page's item ("Council approves new budget for 2026"), not a menu entry.</summary>
    public const int HeadlineLinkChars = 30;

    public int FurnitureChars { get; set; }
    public int FurnitureLinkChars { get; set; }
    public int HeadlineLinks { get; set; }

    /// <summary>The most prose (text outside links) that one element holds in paragraphs of its own: an article's body.</summary>
    public int LongestParagraphRun => _paragraphRuns.Count == 0 ? 0 : _paragraphRuns.Values.Max();

    public void AddParagraph(IElement paragraph, NodeStats stats)
    {
        if (paragraph.ParentElement is { } parent)
        {
            _paragraphRuns[parent] = _paragraphRuns.GetValueOrDefault(parent) + stats.TextLength - stats.LinkTextLength;
        }
    }

    /// <summary>The text outside furniture and outside links.</summary>
    public int ContentProse(NodeStats body) =>
        Math.Max(0, body.TextLength - FurnitureChars - Math.Max(0, body.LinkTextLength - FurnitureLinkChars));

    /// <summary>The share of the text outside furniture that is link text.</summary>
    public double ContentLinkShare(NodeStats body) =>
        body.TextLength - FurnitureChars is var content and > 0 ? Math.Max(0, body.LinkTextLength - FurnitureLinkChars) / (double)content : 0;
}
