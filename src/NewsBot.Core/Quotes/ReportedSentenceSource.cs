namespace NewsBot.Core.Quotes;

/// <summary>
/// `Everyone should understand what it can do, Madry added. “I don’t think …”`: a quote with no cue of its own that opens
/// right after a sentence of reported speech whose last clause names its source (`, Name said.`, `, said Name.`) goes on
/// in that voice. Names only: a pronoun there would be a guess about a guess.
/// </summary>
internal sealed class ReportedSentenceSource(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments)
{
    private const int MaxClauseWords = 6;

    public SpeakerCandidate? Find(int index)
    {
        var segment = segments[index];
        var paragraph = paragraphs[segment.Paragraph];
        var before = text.AsSpan(paragraph.Start, segment.OpenMark - paragraph.Start).TrimEnd();
        if (before.Length == 0 || before[^1] != '.')
        {
            return null;
        }

        var end = paragraph.Start + before.Length - 1;
        var start = QuoteContext.SentenceStart(text, paragraph, segments, end);
        if (segments.Any(s => s.OpenMark >= start && s.OpenMark < end))
        {
            // A sentence with a quote of its own hands the turn on by the turn rules, not as reported speech.
            return null;
        }

        var comma = text.LastIndexOf(',', end, end - start);
        if (comma < 0)
        {
            return null;
        }

        var clause = WordTokenizer.Tokenize(text, comma + 1, end);
        if (clause.Count is < 2 or > MaxClauseWords)
        {
            return null;
        }

        var candidate = CueWords.IsVerbAt(clause, clause.Count - 1)
            ? NounPhraseReader.BeforeVerb(text, clause.GetRange(0, clause.Count - 1))
            : CueWords.IsVerbAt(clause, 0) ? NounPhraseReader.AfterVerb(text, clause.GetRange(1, clause.Count - 1)) : null;
        return candidate is { Kind: CandidateKind.Name } ? candidate : null;
    }
}
