using System.Buffers;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Text of a subtree with whitespace collapsed, read without recursion and up to a length cap. A block element or a
/// line break starts a new word: "&lt;div&gt;By&lt;/div&gt;&lt;div&gt;Ann Lee&lt;/div&gt;" reads "By Ann Lee", as a reader sees it.
/// </summary>
internal static class DomText
{
    private const int NodesPerCharacter = 4;

    /// <summary>A reading of the text that needs no string of it (a pattern count, a length).</summary>
    public delegate T TextScan<out T>(ReadOnlySpan<char> text);

    public static string Of(INode root, int maxChars = 10_000) => Scan(root, maxChars, static text => text.ToString());

    /// <summary>
    /// Hands <paramref name="scan"/> the text <see cref="Of"/> would return, written into a pooled buffer: whole-body
    /// scans would otherwise build strings of hundreds of kilobytes on every page.
    /// </summary>
    public static T Scan<T>(INode root, int maxChars, TextScan<T> scan)
    {
        // Sized for the cap at once (up to 256K characters, pooled): a whole-body scan would
        // otherwise copy its text at every doubling.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Min(maxChars + 16, 1 << 18));
        try
        {
            var length = Write(root, maxChars, ref buffer);
            return scan(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int Write(INode root, int maxChars, ref char[] buffer)
    {
        var (length, pendingSpace) = (0, false);
        var budget = Math.Max(1_000, maxChars * NodesPerCharacter);
        if (DomIndex.Of(root) is { } index && index.TryPosition(root, out var position) && index.FitsBudget(position, budget))
        {
            // The whole subtree fits the budget: a scan of the index's range, with no iterator made per call.
            var (nodes, end) = (index.Nodes, index.Ends[position]);
            for (var i = position + 1; i < end && !Append(nodes[i], maxChars, ref buffer, ref length, ref pendingSpace); i++)
            {
            }

            return length;
        }

        foreach (var node in DomWalker.Descendants(root, budget))
        {
            if (Append(node, maxChars, ref buffer, ref length, ref pendingSpace))
            {
                break;
            }
        }

        return length;
    }

    /// <summary>Adds one node's text (or the space a block or line break makes); true once the text is long enough.</summary>
    private static bool Append(INode node, int maxChars, ref char[] buffer, ref int length, ref bool pendingSpace)
    {
        if (node.NodeType != NodeType.Text)
        {
            pendingSpace |= node is IElement element && length > 0 && (element.LocalName == "br" || HtmlTags.IsBlock(element.LocalName));
            return false;
        }

        // One pass, one capacity check per text node: whitespace runs become one space, none before the first word.
        var data = node.TextContent.AsSpan();
        Reserve(ref buffer, length, data.Length + 1);
        length = CollapsedText.Write(data, buffer, length, ref pendingSpace);
        return length >= maxChars;
    }

    /// <summary>Makes room for <paramref name="more"/> characters after the first <paramref name="length"/>.</summary>
    private static void Reserve(ref char[] buffer, int length, int more)
    {
        if (length + more > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + more));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
