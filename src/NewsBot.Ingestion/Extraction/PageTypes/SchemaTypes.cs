using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The schema.org types a page declares anywhere: JSON-LD "@type" values (nested ones too, where a QAPage's
/// answers or a list's products sit) and microdata itemtype attributes, with how often each occurs.
/// </summary>
internal static partial class SchemaTypes
{
    private const int MaxScriptChars = 500_000;

    public static Dictionary<string, int> Read(IDocument document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in DomWalker.DescendantElements(document))
        {
            if (element.LocalName == "script" && IsJsonLd(element))
            {
                var text = ScriptText.Of(element);
                foreach (Match match in JsonLdType().Matches(text.Length > MaxScriptChars ? text[..MaxScriptChars] : text))
                {
                    foreach (Match name in QuotedName().Matches(match.Groups[1].Value))
                    {
                        Count(counts, name.Groups[1].Value);
                    }
                }
            }
            else if (element.GetAttribute(null, "itemtype") is { Length: < 300 } itemType)
            {
                foreach (var url in itemType.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Count(counts, url[(url.LastIndexOf('/') + 1)..]);
                }
            }
        }

        return counts;
    }

    private static void Count(Dictionary<string, int> counts, string type)
    {
        if (type.Length is > 0 and < 60)
        {
            counts[type] = counts.GetValueOrDefault(type) + 1;
        }
    }

    private static bool IsJsonLd(IElement script) =>
        "application/ld+json".Equals(script.GetAttribute(null, "type")?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A "@type" value: one string or an array of strings.</summary>
    [GeneratedRegex(@"""@type""\s*:\s*(""[^""]{1,80}""|\[[^\]]{1,300}\])", RegexOptions.CultureInvariant)]
    private static partial Regex JsonLdType();

    [GeneratedRegex(@"""(?:https?://schema\.org/)?([A-Za-z]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();
}
