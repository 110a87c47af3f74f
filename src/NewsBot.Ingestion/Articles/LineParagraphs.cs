using System.Text;

namespace NewsBot.Ingestion.Articles;

/// <summary>
/// Tells a paragraph hard-wrapped over several lines from text written one paragraph per line (as feeds, extractors and
/// copied web pages deliver it) and splits it accordingly.
/// </summary>
internal static class LineParagraphs
{
    /// <summary>Hard-wrapping breaks lines at 72-80 characters; a block with longer lines before a break may hold paragraphs.</summary>
    private const int MaxWrappedLineLength = 100;

    /// <summary>
    /// The paragraphs of one block between blank lines: its lines joined when they are wrapped; else a line that ends a
    /// sentence ends a paragraph, and one that stops mid-sentence (wrapped at a wider width) runs on into the next.
    /// </summary>
    public static IEnumerable<string> Split(string block)
    {
        var lines = block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!lines.Take(lines.Length - 1).Any(line => line.Length > MaxWrappedLineLength))
        {
            return [string.Join(' ', lines)];
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            current.Append(current.Length > 0 ? " " : string.Empty).Append(line);
            if (EndsSentence(line))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
            paragraphs.Add(current.ToString());
        return paragraphs;
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '…' or ':' or '"' or '”' or '’' or '\'' or ')';
}
