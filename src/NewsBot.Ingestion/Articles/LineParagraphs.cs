namespace NewsBot.Ingestion.Articles;

/// <summary>
/// Tells a paragraph hard-wrapped over several lines from text written one paragraph per line (as feeds, extractors and
/// copied web pages deliver it) and splits it accordingly.
/// </summary>
internal static class LineParagraphs
{
    /// <summary>Hard-wrapping breaks lines at 72-80 characters; a longer line before a break is a whole paragraph.</summary>
    private const int MaxWrappedLineLength = 100;

    /// <summary>The paragraphs of one block between blank lines: its lines joined when wrapped, else one per line.</summary>
    public static IEnumerable<string> Split(string block)
    {
        var lines = block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Take(lines.Length - 1).Any(line => line.Length > MaxWrappedLineLength) ? lines : [string.Join(' ', lines)];
    }
}
