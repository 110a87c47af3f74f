namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Printed interviews with the questions set apart (bold on the page, a plain paragraph in the text) and each answer a
/// paragraph in quotation marks of its own (`Frau Kessler, wie war der Jahrgang?` / `„Klein, aber sehr gut.“`): the quoted
/// paragraph right after a question is an answer, which <see cref="Interviewee"/> gives to the interviewee when nothing
/// else names its speaker. A question that is itself quoted is someone's turn in a reported dialogue, not the interviewer's.
/// </summary>
internal static class QuotedAnswerParagraphs
{
    public static List<QuotedSegment> Mark(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.InterviewAnswer || segment.IsOpenEnded || segment.ContinuesSegment >= 0 || segment.Paragraph == 0
                || !FillsParagraph(text, paragraphs[segment.Paragraph], segment)
                || !IsPlainQuestion(text, paragraphs, segment.Paragraph - 1))
            {
                continue;
            }

            segments[i] = segment with { InterviewAnswer = true };
        }

        return segments;
    }

    /// <summary>The paragraph is the quotation and nothing else but closing punctuation.</summary>
    private static bool FillsParagraph(string text, TextSpan paragraph, QuotedSegment segment)
    {
        var tail = text.AsSpan(segment.CloseMark + 1, Math.Max(0, paragraph.End - segment.CloseMark - 1)).Trim();
        return segment.OpenMark == FirstNonBlank(text, paragraph) && tail.TrimStart(".!?").IsEmpty;
    }

    private static bool IsPlainQuestion(string text, IReadOnlyList<TextSpan> paragraphs, int index)
    {
        while (index >= 0 && text.AsSpan(paragraphs[index].Start, paragraphs[index].Length).IsWhiteSpace())
        {
            index--;
        }

        if (index < 0)
        {
            return false;
        }

        var words = text.AsSpan(paragraphs[index].Start, paragraphs[index].Length).Trim();
        return words.Length > 0 && words[^1] == '?' && words.IndexOfAny(QuestionQuoteMarks) < 0;
    }

    private static int FirstNonBlank(string text, TextSpan paragraph)
    {
        var at = paragraph.Start;
        while (at < paragraph.End && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static readonly System.Buffers.SearchValues<char> QuestionQuoteMarks = System.Buffers.SearchValues.Create("„“”\"«»");
}
