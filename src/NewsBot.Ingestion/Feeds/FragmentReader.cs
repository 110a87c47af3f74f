using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Materialises the element the reader is on (one item, or one channel field) as a small XElement tree, iteratively
/// and with a nesting cap: a hostile feed of a million nested tags costs a skipped fragment and a warning,
/// not quadratic time or the stack that recursive code (XElement.Value, markup serialisation) would need.
/// </summary>
internal static class FragmentReader
{
    public const int MaxDepth = 100;

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The fragment, or null when it nests deeper than <see cref="MaxDepth"/>. Either way the reader ends past it.</summary>
    public static XElement? Read(XmlReader reader)
    {
        var rootDepth = reader.Depth;
        var root = NewElement(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }
        var current = root;
        reader.Read();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Depth - rootDepth > MaxDepth:
                    SkipToEndOf(reader, rootDepth);
                    return null;
                case XmlNodeType.Element:
                    var child = NewElement(reader);
                    current.Add(child);
                    if (!reader.IsEmptyElement)
                        current = child;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(reader.Value));
                    break;
                case XmlNodeType.CDATA:
                    current.Add(new XCData(reader.Value));
                    break;
                case XmlNodeType.EndElement when current == root:
                    reader.Read();
                    return root;
                case XmlNodeType.EndElement:
                    current = current.Parent!;
                    break;
            }
            reader.Read();
        }
        return root;
    }

    private static XElement NewElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        while (reader.MoveToNextAttribute())
        {
            // Namespace declarations are already applied to names; serialised markup leaves them out.
            if (reader.NamespaceURI != XmlnsNamespace)
                element.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
        }
        reader.MoveToElement();
        return element;
    }

    private static void SkipToEndOf(XmlReader reader, int rootDepth)
    {
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rootDepth))
            reader.Skip();
        reader.Read();
    }
}
