using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Text with whitespace runs read as one space, measured or written eight characters at a time where a chunk is plain
/// ASCII (most of a page's text, and all of its inline scripts and JSON): the body's measures and its written text read
/// every character of the page. Any other chunk goes character by character, with <see cref="char.IsWhiteSpace(char)"/>.
/// </summary>
internal static class CollapsedText
{
    private const int Chunk = 8;

    /// <summary>Adds the text's length (a run of non-space characters counts one more, for the space before it) and its commas.</summary>
    /// <param name="inSpace">Whether the last character read was whitespace (true before the first).</param>
    public static void Measure(ReadOnlySpan<char> text, ref int length, ref int commas, ref bool inSpace)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            for (; i <= text.Length - Chunk; i += Chunk)
            {
                var chunk = Vector128.LoadUnsafe(ref first, (nuint)i);
                if (Vector128.GreaterThanOrEqualAny(chunk, Vector128.Create((ushort)0x80)))
                {
                    MeasureEach(text.Slice(i, Chunk), ref length, ref commas, ref inSpace);
                    continue;
                }

                var spaces = AsciiWhiteSpace(chunk).ExtractMostSignificantBits();
                var words = ~spaces & 0xFF;
                var wordStarts = words & ((spaces << 1) | (inSpace ? 1u : 0u));
                length += BitOperations.PopCount(words) + BitOperations.PopCount(wordStarts);
                commas += BitOperations.PopCount(Vector128.Equals(chunk, Vector128.Create((ushort)',')).ExtractMostSignificantBits());
                inSpace = (spaces & 0x80) != 0;
            }
        }

        MeasureEach(text[i..], ref length, ref commas, ref inSpace);
    }

    /// <summary>
    /// Writes the text at <paramref name="length"/> of <paramref name="into"/> (room for the text and one space), a space
    /// only between words: <paramref name="pendingSpace"/> carries a space seen after a word into the next text.
    /// </summary>
    /// <returns>The length written up to.</returns>
    public static int Write(ReadOnlySpan<char> text, Span<char> into, int length, ref bool pendingSpace)
    {
        var i = 0;
        // A chunk is stored whole (unchecked), so only when the room promised is there.
        if (Vector128.IsHardwareAccelerated && into.Length - length > text.Length)
        {
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            ref var target = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(into));
            for (; i <= text.Length - Chunk; i += Chunk)
            {
                var chunk = Vector128.LoadUnsafe(ref first, (nuint)i);
                var spaces = Vector128.Equals(chunk, Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
                var otherThanSpaceAndAscii = (AsciiWhiteSpace(chunk) & ~Vector128.Equals(chunk, Vector128.Create((ushort)' ')))
                    | Vector128.GreaterThanOrEqual(chunk, Vector128.Create((ushort)0x80));
                // Copied as it is: single spaces between words, none leading the text. A space at the chunk's start stands
                // for one pending; one at its end becomes pending (written only if a word follows).
                if (otherThanSpaceAndAscii == Vector128<ushort>.Zero && (spaces & (spaces >> 1)) == 0 && (length > 0 || (spaces & 1) == 0))
                {
                    if (pendingSpace && (spaces & 1) == 0)
                    {
                        into[length++] = ' ';
                    }

                    chunk.StoreUnsafe(ref target, (nuint)length);
                    pendingSpace = (spaces & 0x80) != 0;
                    length += pendingSpace ? Chunk - 1 : Chunk;
                    continue;
                }

                length = WriteEach(text.Slice(i, Chunk), into, length, ref pendingSpace);
            }
        }

        return WriteEach(text[i..], into, length, ref pendingSpace);
    }

    /// <summary>Tab, line feed, vertical tab, form feed, carriage return and space: <see cref="char.IsWhiteSpace(char)"/> below 0x80.</summary>
    private static Vector128<ushort> AsciiWhiteSpace(Vector128<ushort> chunk) =>
        Vector128.Equals(chunk, Vector128.Create((ushort)' ')) | Vector128.LessThan(chunk - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)5));

    private static void MeasureEach(ReadOnlySpan<char> text, ref int length, ref int commas, ref bool inSpace)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            length += inSpace ? 2 : 1;
            inSpace = false;
            if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
        }
    }

    private static int WriteEach(ReadOnlySpan<char> text, Span<char> into, int length, ref bool pendingSpace)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace |= length > 0;
                continue;
            }

            if (pendingSpace)
            {
                into[length++] = ' ';
                pendingSpace = false;
            }

            into[length++] = c;
        }

        return length;
    }
}
