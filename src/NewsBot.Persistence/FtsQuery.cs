using System.Text;

namespace NewsBot.Persistence;

/// <summary>Turns free text into an FTS5 query in which every word is a literal term, so user input cannot use FTS syntax.</summary>
internal static class FtsQuery
{
    /// <summary>Every word quoted and all required (implicit AND); null when the text holds no word.</summary>
    public static string? FromText(string text)
    {
        var terms = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Any(char.IsLetterOrDigit))
                continue;
            if (terms.Length > 0)
                terms.Append(' ');
            terms.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return terms.Length == 0 ? null : terms.ToString();
    }
}
