using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The content region found for a page type: the elements whose text is the page's main text and the furniture
/// ruled out under them. Its prose is measured and its text written only when asked, since the article path
/// usually wins without either.
/// </summary>
internal sealed class ContentRegion(IReadOnlyList<IElement> roots, ExcludedNodes excluded)
{
    /// <summary>How many of the region's characters are not link text.</summary>
    public int ProseChars() => roots.Sum(root => Prose(DocumentStats.Measure(root, excluded).For(root)));

    /// <summary>The region's prose without its readers' comments (<see cref="CommentSections"/>).</summary>
    public int ProseCharsWithoutComments() => roots.Sum(root =>
    {
        var stats = DocumentStats.Measure(root, excluded);
        return Prose(stats.For(root)) - CommentSections.Under(root, excluded).Sum(section => Prose(stats.For(section)));
    });

    /// <summary>The region's text with every repeated block once; null when it holds none.</summary>
    public string? Text()
    {
        var text = DuplicateBlocks.Remove(TextBlockWriter.Write(roots, excluded));
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static int Prose(NodeStats stats) => stats.TextLength - stats.LinkTextLength;
}
