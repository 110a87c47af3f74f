namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>Drops lines from an extracted text, keeping its blocks apart and dropping a block left empty.</summary>
internal static class TextLines
{
    private const string BlockSeparator = "\n\n";

    public static string Without(string text, Func<string, bool> isDropped)
    {
        var blocks = text.Split(BlockSeparator)
            .Select(block => string.Join('\n', block.Split('\n').Where(line => !isDropped(line))))
            .Where(block => block.Length > 0);
        return string.Join(BlockSeparator, blocks);
    }
}
