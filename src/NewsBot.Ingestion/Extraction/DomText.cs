using System.Buffers;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Text of a subtree with whitespace collapsed, read without recursion and up to a length cap.</summary>
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
        var buffer = ArrayPool<char>.Shared.Rent(Math.Min(maxChars, 4_096) + 16);
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
        var length = 0;
        var pendingSpace = false;
        foreach (var node in DomWalker.Descendants(root, Math.Max(1_000, maxChars * NodesPerCharacter)))
        {
            if (node.NodeType != NodeType.Text)
            {
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

                pendingSpace |= word > start && length > 0;
                var end = word;
                while (end < data.Length && !char.IsWhiteSpace(data[end]))
                {
                    end++;
                }

                if (end > word)
                {
                    Append(ref buffer, ref length, pendingSpace ? " " : "");
                    pendingSpace = false;
                    Append(ref buffer, ref length, data[word..end]);
                }

                start = end;
            }

            if (length >= maxChars)
            {
                break;
            }
        }

        return length;
    }

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + text.Length));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }

        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }
}
