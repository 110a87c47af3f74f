using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds who a quoted segment is attributed to by the words around it: a reporting verb after the quote
/// (`…,” X said.` / `…,” said X.`), before it (`X said: “…`), `according to X`, a participle (`…, saying, “…`),
/// an attribution line (`— X, role`) or an introducing paragraph that ends with a colon. Each cue is its own type; this
/// one only decides the order they are asked in, which is what a change of precedence touches.
/// </summary>
internal sealed class CueFinder
{
    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _paragraphs;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly ReportedSentenceSource _reported;

    /// <summary>Articles in another known language are read with that language's rules only: English ones misread them.</summary>
    private readonly ContinentalCueFinder? _continental;

    private readonly EnglishTailCue _tails;
    private readonly EnglishLeadCue _leads;
    private readonly IntroducingParagraphCue _introductions;

    public CueFinder(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge? language)
    {
        _text = text;
        _paragraphs = paragraphs;
        _segments = segments;
        var subjects = new SentenceSubjectFinder(text, segments);
        _reported = new ReportedSentenceSource(text, paragraphs, segments);
        _continental = language is { Code: not "en" } continental ? new ContinentalCueFinder(text, paragraphs, segments, continental) : null;
        _tails = new EnglishTailCue(text, paragraphs, segments, subjects);
        _leads = new EnglishLeadCue(text, subjects);
        _introductions = new IntroducingParagraphCue(text, paragraphs, segments, _leads);
    }

    public SpeakerCandidate? Find(int index)
    {
        if (_continental is not null)
        {
            return _continental.Find(index);
        }

        var context = QuoteContext.Of(_text, _paragraphs, _segments, index);
        var lead = WordTokenizer.Tokenize(_text, context.Lead.Start, context.Lead.End);
        var tail = WordTokenizer.Tokenize(_text, context.Tail.Start, context.Tail.End);
        var paragraph = _paragraphs[_segments[index].Paragraph];
        if (IntroducesQuote(context.Lead))
        {
            var introduced = _leads.Find(lead, paragraph, _segments[index].OpenMark);
            if (introduced is not null)
            {
                return introduced with { Cue = CueKind.Lead };
            }
        }

        return Tagged(_tails.Find(context.Tail, tail, index), CueKind.Tail)
            ?? Tagged(_leads.Find(lead, paragraph, _segments[index].OpenMark), CueKind.Lead)
            ?? Tagged((NarratorAccordingTo.SourcesNarration(_text, _segments[index], tail) ? null : EnglishAccordingTo.Find(_text, tail)) ?? EnglishAccordingTo.Find(_text, lead), CueKind.AccordingTo)
            ?? Tagged(AttributionLineCue.Find(_text, _paragraphs, _segments, index), CueKind.AttributionLine)
            ?? Tagged(_introductions.Find(context, index), CueKind.IntroducingParagraph)
            ?? Tagged(_reported.Find(index), CueKind.Lead);
    }

    private static SpeakerCandidate? Tagged(SpeakerCandidate? candidate, CueKind cue) => candidate is null ? null : candidate with { Cue = cue };

    private bool IntroducesQuote(TextSpan lead)
    {
        var trimmed = _text.AsSpan(lead.Start, lead.Length).TrimEnd();
        return trimmed.EndsWith(":") || trimmed.EndsWith(",") || trimmed.EndsWith(" that", StringComparison.Ordinal);
    }
}
