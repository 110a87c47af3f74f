using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Normalises a byline to the people's names: no "By " (or its French, German, Spanish, Dutch forms), no trailing
/// date or "• 8h" age, no agency or staff placeholders, no URLs or handles. An outlet's staff ("Ledger Staff") is kept:
/// it names who wrote the page, where "Staff" alone names no one.
/// </summary>
internal static partial class BylineCleaner
{
    private const int MaxLength = 120;

    /// <summary>
    /// Longer values are not bylines. The cap also bounds the regular expressions below, which therefore run without
    /// a match timeout: a timeout fires on a busy machine, not only on a hostile input, and would fail the extraction.
    /// </summary>
    private const int MaxInputLength = 400;

    /// <summary>Credits that name no person: a digest says "from the excerpt", not "by Staff".</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "staff writer", "staff writers", "staff reporter", "editorial staff", "admin", "administrator",
        "editor", "editors", "the editors", "newsroom", "web desk", "news desk", "unknown", "guest", "anonymous",
        "afp", "ap", "dpa", "reuters", "associated press", "the associated press", "press association", "pa", "ansa", "efe",

        // A template's labels and unfilled values, read where a name should stand ("Name", "Written By", "undefined").
        "name", "author", "written by", "undefined", "null", "category", "view more posts", "view all posts", "get in touch",
    };

    /// <summary>Separators after which a byline carries something else: a date, an age, a role.</summary>
    private static readonly string[] TrailerSeparators = [" • ", " | ", " · ", " — ", " » "];

    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = Whitespace.Collapse(value);
        if (text.Length > MaxInputLength)
        {
            return null;
        }

        foreach (var separator in TrailerSeparators)
        {
            var cut = text.IndexOf(separator, StringComparison.Ordinal);
            text = cut > 0 ? text[..cut] : text;
        }

        text = LeadingBy().Replace(ContactAddress().Replace(text, ""), "");
        text = GluedTimestamp().Replace(TrailingDate().Replace(text, ""), "").Trim(' ', ',', '|', '-', '–', '—', ':', '•', '»', '&', '*');
        text = BylineRole.Strip(text);
        if (text.Length is 0 or > MaxLength
            || text.Contains("://", StringComparison.Ordinal)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith('@')
            || !text.Any(char.IsLetter)
            || IsTemplateKey(text)
            || Placeholders.Contains(text))
        {
            return null;
        }

        return UnderscoredName().IsMatch(text) && PersonNameShape.IsPerson(text.Replace('_', ' ')) ? text.Replace('_', ' ') : text;
    }

    /// <summary>
    /// A template's unfilled key ("page.head.extra.author"): one dotted word that is no address. A handle has at most one
    /// dot ("h.szeyee").
    /// </summary>
    private static bool IsTemplateKey(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && !text.Contains('@', StringComparison.Ordinal) && text.Count(c => c == '.') >= 2;

    /// <summary>
    /// "By", its labels ("Text by", "Post by", "Authors:") and the "By" a page sets in its own box right before the name
    /// ("BySummer Swann" once the boxes' text is joined).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:written|text|words|post|posted|authored|story|article)\s+by|by|par|von|por|door|authors?)[\s:]+|(?-i:By(?=\p{Lu}\p{Ll})))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    /// <summary>
    /// A person's name that forum software turned into a user name ("Maren_Holt"): capitalised words joined by underscores
    /// are read as the name when the lexicons take them for one. A handle ("Mr_Mysterious", "maren_h", "holt_1987") is left
    /// as the member wrote it.
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:_\p{Lu}\p{Ll}+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnderscoredName();

    /// <summary>A machine timestamp after the name, glued or not ("Nick van Mead2022-11-23T08:10+02:00").</summary>
    [GeneratedRegex(@"(?<=\p{L}\s?)\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedTimestamp();

    /// <summary>A home page or e-mail address given after the name: "(http://example.org/me/)", "&lt;me@example.org&gt;".</summary>
    [GeneratedRegex(@"[(<]\s*(?:https?://|www\.|mailto:|[^\s()<>@]+@)[^)>]*[)>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactAddress();

    /// <summary>"March 25, 2015", "25 March 2015", "2015-03-25", "Updated 3/25/2015" at the end of a byline.</summary>
    [GeneratedRegex(
        @"[\s,|-]*(?:(?:last\s+)?(?:published|updated|posted)\s*:?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b.*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();
}
