using System.Text;
using System.Xml.Linq;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Writes inline (X)HTML content back out as markup, without namespace declarations or prefixes,
/// with link attributes made absolute against the xml:base in effect.
/// </summary>
internal static class MarkupSerializer
{
    private static readonly HashSet<string> LinkAttributes = ["href", "src", "cite", "longdesc", "background", "poster", "action"];

    public static string InnerMarkup(XElement element, Uri? baseUri)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
            Write(node, builder, baseUri);
        return builder.ToString();
    }

    private static void Write(XNode node, StringBuilder builder, Uri? baseUri)
    {
        switch (node)
        {
            case XCData cdata:
                Escape(cdata.Value, builder, attribute: false);
                break;
            case XText text:
                Escape(text.Value, builder, attribute: false);
                break;
            case XElement element:
                WriteElement(element, builder, baseUri);
                break;
        }
    }

    private static void WriteElement(XElement element, StringBuilder builder, Uri? baseUri)
    {
        baseUri = FeedUris.Combine(baseUri, (string?)element.Attribute(XNamespace.Xml + "base"));
        var name = element.Name.LocalName;
        builder.Append('<').Append(name);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
                continue;
            var prefix = attribute.Name.Namespace == XNamespace.Xml ? "xml:" : "";
            builder.Append(' ').Append(prefix).Append(attribute.Name.LocalName).Append("=\"");
            var value = LinkAttributes.Contains(attribute.Name.LocalName) ? FeedUris.Resolve(baseUri, attribute.Value) ?? "" : attribute.Value;
            Escape(value, builder, attribute: true);
            builder.Append('"');
        }
        if (element.IsEmpty)
        {
            builder.Append(" />");
            return;
        }
        builder.Append('>');
        foreach (var child in element.Nodes())
            Write(child, builder, baseUri);
        builder.Append("</").Append(name).Append('>');
    }

    private static void Escape(string value, StringBuilder builder, bool attribute)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' when attribute => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }
    }
}
