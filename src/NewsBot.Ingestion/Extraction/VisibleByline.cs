using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The byline a page shows its readers when neither its markup nor its class names mark one: a short line that
/// starts with "By", "Written by" ("Article written by"), "Reviewed by" (the credited expert of a health or legal page), "This post was written by",
/// "Author:" or their German, French, Spanish and Italian forms ("Von", "Par", "Por", "Di") followed by a name, or such a label alone followed by the name in the
/// next text ("Written by" / "Edzel Tabing"). Prose, navigation and footers are not looked at.
/// </summary>
internal static partial class VisibleByline
{
    private const int MaxLineChars = 100;
    private const int MaxNameWords = 8;

    private static readonly string[] ForeignLabels = ["von", "par", "por", "di"];

    public static string? Find(IDocument document) => Find(VisibleText.Nodes(document));

    /// <summary>A labelled byline in the page's asides, asked when the page shows none elsewhere.</summary>
    public static string? FindInAsides(IDocument document) => Find(VisibleText.AsideNodes(document));

    private static string? Find(IEnumerable<IText> nodes)
    {
        var afterLabel = false;
        foreach (var node in nodes)
        {
            var own = afterLabel || MayHoldLabel(node.Data) ? Whitespace.Collapse(node.Data) : "";
            if (afterLabel && Name(own) is { } labelled)
            {
                return labelled;
            }

            afterLabel = own.Length > 0 && LabelAlone().IsMatch(own);
            if (!afterLabel && node.ParentElement is { } parent && DomText.Of(parent, MaxLineChars + 1) is { Length: <= MaxLineChars } line
                && MayHoldLabel(line) && LabelledName().Match(line) is { Success: true } match && Name(match.Groups["name"].Value) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The name part of a byline line (up to a date, a role or a separator), when it reads as a name.</summary>
    private static string? Name(string text)
    {
        // The cleaner cuts a trailing date first, so "Tomasz Quill, Dec 17, 2025" loses its comma and date whole.
        var name = BylineCleaner.Clean(BylineCleaner.Clean(text) is { } cleaned ? NameEnd().Split(cleaned, 2)[0] : null);
        if (name is null)
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxNameWords && (char.IsUpper(words[0][0]) || BrandWithDigits().IsMatch(words[0])) && words.Count(w => char.IsUpper(w[0])) * 2 >= words.Length
            ? name
            : null;
    }

    /// <summary>
    /// Every English label says "by" or "author", and the German, French, Spanish and Italian ones ("Von", "Par", "Por",
    /// "Di", "Autor", "Auteur") open their line: other text, most of a page, needs no pattern.
    /// </summary>
    private static bool MayHoldLabel(string text) =>
        text.Contains("by", StringComparison.OrdinalIgnoreCase) || text.Contains("aut", StringComparison.OrdinalIgnoreCase)
        || StartsWithForeignLabel(text);

    /// <summary>A loop, not a lambda: asked of most visible text nodes of a page, each captured text cost a closure.</summary>
    private static bool StartsWithForeignLabel(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        foreach (var label in ForeignLabels)
        {
            if (trimmed.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:(?:(?:article|post|story)\s+)?(?:written|posted|article|story|words|text|reviewed)\s+by|by|author(?:s|\(s\))?|autor(?:en|es)?|auteurs?|(?-i:[Vv]on|[Pp]ar|[Pp]or|[Dd]i))\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelAlone();

    [GeneratedRegex(@"^(?:(?:this\s+(?:post|article|story)\s+was\s+|(?:article|post|story)\s+)?(?:written|posted|article|story|words|text|reviewed)\s+by|by|author(?:s|\(s\))?|autor(?:en|es)?|auteurs?|(?-i:[Vv]on|[Pp]ar|[Pp]or|[Dd]i))\s*:?\s+(?<name>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledName();

    /// <summary>
    /// A credit may open with a firm's name that starts with a digit ("3i Global", "37signals Team"); a time or an ordinal
    /// ("5pm Friday", "2nd Floor") is no name.
    /// </summary>
    [GeneratedRegex(@"^\d{1,3}(?!(?:am|pm|st|nd|rd|th|h|min|s)\b)\p{L}[\p{L}\d-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrandWithDigits();

    /// <summary>Where a name ends: a separator, a date, "on", "in", a role after a comma is kept (credentials read as part of the name).</summary>
    [GeneratedRegex(@"\s+(?:[|·•–—-]|on|in|at|updated|published|posted|\d)\s*|\s*[|·•]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameEnd();
}
