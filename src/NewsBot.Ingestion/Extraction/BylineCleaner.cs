using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Normalises a byline to the people's names: no "By ", no agency-staff placeholders, no URLs.</summary>
internal static partial class BylineCleaner
{
    private const int MaxLength = 120;

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "staff writer", "staff writers", "staff reporter", "editorial staff", "admin", "administrator",
        "editor", "editors", "the editors", "newsroom", "web desk", "news desk", "unknown", "guest", "anonymous",
    };

    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text = LeadingBy().Replace(text, "").Trim(' ', ',', '|', '-', ':');
        if (text.Length is 0 or > MaxLength
            || text.Contains("://", StringComparison.Ordinal)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || Placeholders.Contains(text)
            || text.EndsWith(" Staff", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"^(written\s+)?by[\s:]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LeadingBy();
}
