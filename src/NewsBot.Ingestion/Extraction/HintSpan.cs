using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The hint <see cref="ElementHints.Of"/> reads (the class list, a space, the id, cut at
/// <see cref="ExtractionLimits.MaxHintChars"/>) written into the caller's buffer: the readers asking it of every named
/// element of every page made a string each, about 2.5 MB a pass over the extraction set.
/// </summary>
internal static class HintSpan
{
    /// <param name="buffer">At least <see cref="ExtractionLimits.MaxHintChars"/> long.</param>
    public static ReadOnlySpan<char> Write(IElement element, Span<char> buffer)
    {
        var hint = buffer[..ExtractionLimits.MaxHintChars];
        var length = Append(hint, 0, element.GetAttribute(null, "class"));
        length = Append(hint, length, " ");
        return hint[..Append(hint, length, element.Id)];
    }

    private static int Append(Span<char> hint, int length, string? part)
    {
        var count = Math.Min(part?.Length ?? 0, hint.Length - length);
        part.AsSpan(0, count).CopyTo(hint[length..]);
        return length + count;
    }
}
