namespace NewsBot.Core.Quotes;

/// <summary>
/// One quoted stretch inside one paragraph. <see cref="Content"/> excludes the marks;
/// <see cref="CloseMark"/> is -1 when the paragraph ends inside the quote.
/// <see cref="ContinuesSegment"/> points at the previous segment of a quote carried across paragraphs, or -1.
/// </summary>
internal sealed record QuotedSegment(TextSpan Content, int OpenMark, int CloseMark, int Paragraph)
{
    public int ContinuesSegment { get; init; } = -1;

    /// <summary>An interview answer (<see cref="Languages.DialogueTurns"/>): with no cue of its own, the interviewee said it.</summary>
    public bool InterviewAnswer { get; init; }

    public bool IsOpenEnded => CloseMark < 0;

    /// <summary>The quote with its marks: the part of the text that belongs to the speaker.</summary>
    public TextSpan Outer => new(OpenMark, IsOpenEnded ? Content.End : CloseMark + 1);
}
