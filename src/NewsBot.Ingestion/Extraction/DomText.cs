using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Text of a subtree with whitespace collapsed, read without recursion and up to a length cap. A block element or a
/// line break starts a new word: "&lt;div&gt;By&lt;/div&gt;&lt;div&gt;Ann Lee&lt;/div&gt;" reads "By Ann Lee", as a reader sees it.
/// </summary>
internal static class DomText
{
    private const int NodesPerCharacter = 4;

    public static string Of(INode root, int maxChars = 10_000)
    {
        var text = new StringBuilder();
        var pendingSpace = false;
        foreach (var node in DomWalker.Descendants(root, Math.Max(1_000, maxChars * NodesPerCharacter)))
        {
            if (node.NodeType != NodeType.Text)
            {
                pendingSpace |= node is IElement element && text.Length > 0 && (element.LocalName == "br" || HtmlTags.IsBlock(element.LocalName));
                continue;
            }

            // Whole words are copied at once: whitespace runs become one space, none before the first word.
            var data = node.TextContent.AsSpan();
            var start = 0;
            while (start < data.Length)
            {
                var word = start;
                while (word < data.Length && char.IsWhiteSpace(data[word]))
                {
                    word++;
                }

                pendingSpace |= word > start && text.Length > 0;
                var end = word;
                while (end < data.Length && !char.IsWhiteSpace(data[end]))
                {
                    end++;
                }

                if (end > word)
                {
                    if (pendingSpace)
                    {
                        text.Append(' ');
                        pendingSpace = false;
                    }

                    text.Append(data[word..end]);
                }

                start = end;
            }

            if (text.Length >= maxChars)
            {
                break;
            }
        }

        return text.ToString();
    }
}
