using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A table of many rows with three or more cells each (a list of laureates, a league's standings): its cells are links
/// to the things it lists, yet it is the text, not a link list beside it. A link list is one column of links, or an
/// item's link beside its "Details" link: a page of those is a shop's list, which the content region reads.
/// </summary>
internal static class DataTable
{
    private const int MinimumRows = 5;
    private const int MinimumCells = 3;

    /// <summary>Rows past this many are not counted: the table is one by then.</summary>
    private const int MaxScannedNodes = 4_000;

    public static bool Is(IElement table)
    {
        if (table.LocalName != "table")
        {
            return false;
        }

        var rows = 0;
        var dataRows = 0;
        foreach (var row in DomWalker.DescendantElements(table, MaxScannedNodes))
        {
            if (row.LocalName != "tr")
            {
                continue;
            }

            rows++;
            dataRows += row.Children.Count(cell => cell.LocalName is "td" or "th") >= MinimumCells ? 1 : 0;
        }

        return rows >= MinimumRows && dataRows * 2 >= rows;
    }
}
