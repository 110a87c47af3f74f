using System.Buffers;
using System.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Repairs text whose UTF-8 bytes were read as Latin-1 or Windows-1252 before the page was saved ("itâ\u0080\u0099s" or
/// "itâ€™s" for "it’s"): each such character is a lead byte (Â to ô) followed by continuation bytes (U+0080 to U+00BF, or
/// the Windows-1252 characters of bytes 0x80 to 0x9F such as € and ™). Only sequences holding one of the C1 control
/// characters (U+0080 to U+009F) are rewritten, or three- and four-byte ones holding a Windows-1252 character: "Ã©" or
/// "ß’" might be meant, "â€™" never is.
/// </summary>
internal static class MisdecodedText
{
    private const char FirstLead = '\u00C2';
    private const char LastLead = '\u00F4';
    private const char FirstContinuation = '\u0080';
    private const char LastControl = '\u009F';
    private const char LastContinuation = '\u00BF';

    private const string C1Controls = "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F";

    /// <summary>Windows-1252's characters for bytes 0x80 to 0x9F, in byte order; a space where the code page has none.</summary>
    private const string Windows1252High = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

    private static readonly SearchValues<char> Controls = SearchValues.Create(C1Controls + Windows1252High.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>The text with its misread UTF-8 sequences decoded; the same instance when it has none.</summary>
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAny(Controls) < 0)
        {
            return text;
        }

        // Curly quotes and dashes are in the search set too, so most pages get here with nothing to repair: the copy
        // starts only at the first decoded sequence.
        StringBuilder? repaired = null;
        Span<byte> bytes = stackalloc byte[4];
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = SequenceLength(text, i);
            if (length > 0 && Decode(text.AsSpan(i, length), bytes) is { } rune)
            {
                repaired ??= new StringBuilder(text.Length);
                repaired.Append(text, copied, i - copied).Append(rune.ToString());
                i += length;
                copied = i;
            }
            else
            {
                i++;
            }
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>How many characters a misread sequence starting at <paramref name="start"/> spans; 0 when none starts there.</summary>
    private static int SequenceLength(string text, int start)
    {
        var lead = text[start];
        if (lead is < FirstLead or > LastLead)
        {
            return 0;
        }

        var length = lead < '\u00E0' ? 2 : lead < '\u00F0' ? 3 : 4;
        if (start + length > text.Length)
        {
            return 0;
        }

        var (holdsControl, holdsWindowsCharacter) = (false, false);
        for (var j = start + 1; j < start + length; j++)
        {
            if (text[j] is >= FirstContinuation and <= LastContinuation)
            {
                holdsControl |= text[j] <= LastControl;
            }
            else if (text[j] != ' ' && Windows1252High.Contains(text[j], StringComparison.Ordinal))
            {
                holdsWindowsCharacter = true;
            }
            else
            {
                return 0;
            }
        }

        return holdsControl || (holdsWindowsCharacter && length > 2) ? length : 0;
    }

    private static Rune? Decode(ReadOnlySpan<char> sequence, Span<byte> bytes)
    {
        for (var j = 0; j < sequence.Length; j++)
        {
            var windows = j == 0 ? -1 : Windows1252High.IndexOf(sequence[j], StringComparison.Ordinal);
            bytes[j] = windows >= 0 ? (byte)(0x80 + windows) : (byte)sequence[j];
        }

        var status = Rune.DecodeFromUtf8(bytes[..sequence.Length], out var rune, out var consumed);
        return status == OperationStatus.Done && consumed == sequence.Length ? rune : null;
    }
}
