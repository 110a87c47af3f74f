using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A date alone on its line in a side column that also credits the writer under a label ("May 25, 2023" over
/// "Written By Name" in an <c>&lt;aside&gt;</c>): some sites set an article's credits beside it. Asides are otherwise
/// sidebars, whose dates belong to other posts, so a column without a labelled credit is not read.
/// </summary>
internal static class CreditColumnDate
{
    /// <summary>A date with a short label and no more ("Published 17 December 2025").</summary>
    private const int MaxLineChars = 32;

    public static DateTimeOffset? Find(IDocument document)
    {
        if (VisibleByline.FindInAsides(document) is null)
        {
            return null;
        }

        foreach (var node in VisibleText.AsideNodes(document))
        {
            if (node.Data.AsSpan().Trim() is { Length: <= MaxLineChars } line && VisibleDate.LineDate(line, NumericDayOrder.Unknown) is { Alone: true } shown)
            {
                return shown.Day;
            }
        }

        return null;
    }
}
