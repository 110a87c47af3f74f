namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Whether an article shows itself to be an interview: it says so (`entretien`, `interview`, `entrevista`, `intervista`),
/// labels its turns (`Q:`/`R:`, `P:`/`R:`, `D:`/`R:`), or answers more than one question. One unattributed dash line after
/// one question is too little to hand the answer to the first person named.
/// </summary>
internal static class InterviewMarker
{
    private static readonly string[] Words = ["entretien", "interview", "entrevista", "intervista"];

    public static bool Present(string text, IReadOnlyList<QuotedSegment> segments)
    {
        foreach (var word in Words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return HasTurnLabels(text) || AnswersInParagraphs(segments) > 1;
    }

    /// <summary>`R:` or `R.:` opening a line: the answer label all three label pairs share.</summary>
    private static bool HasTurnLabels(string text)
    {
        for (var at = text.IndexOf("R:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("R:", at + 2, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static int AnswersInParagraphs(IReadOnlyList<QuotedSegment> segments)
    {
        var count = 0;
        var last = -1;
        foreach (var segment in segments)
        {
            if (segment.InterviewAnswer && segment.Paragraph != last)
            {
                count++;
                last = segment.Paragraph;
            }
        }

        return count;
    }
}
