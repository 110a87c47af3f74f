namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Drops blocks that repeat an earlier block word for word: responsive pages render the same price, title or
/// notice once per screen size, and a reader sees it once.
/// </summary>
internal static class DuplicateBlocks
{
    private const string BlockSeparator = "\n\n";

    public static string Remove(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = text.Split(BlockSeparator).Where(seen.Add);
        return string.Join(BlockSeparator, kept);
    }
}
