namespace NewsBot.Core.Text;

/// <summary>
/// Text with each run of whitespace (<see cref="char.IsWhiteSpace(char)"/>: line breaks, tabs, no-break spaces) as one
/// space and none at either end: how titles and names are cleaned and how the scorers compare texts, so a line break in
/// the markup never makes two texts differ.
/// </summary>
public static class Whitespace
{
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
