namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Sumner said. His wife was angrier. “…,” she said.` then a paragraph of nothing but a quote: the paragraph before
/// quoted two people, so carrying its last speaker over is a guess between them (and often the next paragraph names a third).
/// </summary>
internal static class TwoVoiceParagraph
{
    /// <summary>Whether a quote of <paramref name="last"/>'s paragraph before it has another speaker than it.</summary>
    public static bool Before(IReadOnlyList<QuotedSegment> segments, Attribution[] result, int last)
    {
        for (var i = last - 1; i >= 0 && segments[i].Paragraph == segments[last].Paragraph; i--)
        {
            if (result[i].Speaker is { } other && !string.Equals(other, result[last].Speaker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
