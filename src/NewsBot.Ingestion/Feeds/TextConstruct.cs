using System.Text;
using System.Xml.Linq;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Reads the value of a text-bearing element: Atom text constructs (text, html, xhtml, Atom 0.3 escaped/xml/base64 modes,
/// base64 for other media types) and RSS elements that carry inline markup. Returns markup as a string, trimmed.
/// </summary>
internal static class TextConstruct
{
    /// <param name="outerBase">The base URI outside the fragment <paramref name="element"/> belongs to.</param>
    public static string? Read(XElement element, Uri? outerBase)
    {
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "";
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        if (mode == "base64" || (mode is null && IsBinary(type)))
            return DecodeBase64(element.Value) ?? element.Value.Trim();
        if (mode != "escaped" && element.HasElements)
        {
            var markup = (StripsDiv(element, type) ? WrappingDiv(element) : null) ?? element;
            return MarkupSerializer.InnerMarkup(markup, FeedUris.BaseOf(element, outerBase)).Trim();
        }
        return element.Value.Trim();
    }

    private static bool IsBinary(string type) =>
        type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("xml", StringComparison.Ordinal) && !type.Contains("html", StringComparison.Ordinal);

    // Atom 0.3 keeps the div as content; Atom 1.0 (and feeds that only say "xhtml") do not.
    private static bool StripsDiv(XElement element, string type) =>
        type == "xhtml" || (type.Contains("xhtml", StringComparison.Ordinal) && element.Name.NamespaceName == FeedNamespaces.Atom10);

    /// <summary>Atom's xhtml content wraps the markup in one div that is not part of the content.</summary>
    private static XElement? WrappingDiv(XElement element)
    {
        XElement? div = null;
        foreach (var node in element.Nodes())
        {
            if (node is XElement { Name.LocalName: "div" } candidate && div is null)
                div = candidate;
            else if (node is not XText text || !string.IsNullOrWhiteSpace(text.Value) || node is XCData)
                return null;
        }
        return div;
    }

    private static string? DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim())).Trim();
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
