using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Text of a subtree with whitespace collapsed, read without recursion and up to a length cap.</summary>
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
                continue;
            }

            foreach (var c in node.TextContent)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = text.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(c);
            }

            if (text.Length >= maxChars)
            {
                break;
            }
        }

        return text.ToString();
    }
}
