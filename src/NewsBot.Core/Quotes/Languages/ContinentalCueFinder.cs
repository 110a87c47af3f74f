namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Finds a quote's source in German, French, Spanish, Italian or Portuguese text: an inverted verb after the quote
/// (`„…“, sagte der Minister.`, `«…», a déclaré Marie Dupont`, `affirme-t-elle`), a verb before it (`Weber sagte: „…“`),
/// `so`/`laut`/`selon`/`según`/`secondo`/`segundo`, a colon introduction (`Ministerin Anna Berg: „…“`), pronouns and, in
/// Spanish, Italian and Portuguese, a dropped subject (`“…”, afirmó.`). When the text names no one it can resolve, it says so.
/// </summary>
internal sealed class ContinentalCueFinder
{
    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _paragraphs;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly LanguageKnowledge _language;
    private readonly PersonNames _people;
    private readonly RecentSpeakers _recent = new();
    private readonly ContinentalCueOrder _cues;

    public ContinentalCueFinder(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
    {
        _text = text;
        _paragraphs = paragraphs;
        _segments = segments;
        _language = language;
        _people = new PersonNames(text, segments, language);
        _cues = new ContinentalCueOrder(text, paragraphs, segments, language, _people, _recent);
    }

    public SpeakerCandidate? Find(int index)
    {
        // A subheading that repeats words of a quote elsewhere (`« Nouvelles réformes »` over `« … de nouvelles réformes … », a
        // prévenu Pierre Moscovici`) is that quote's speaker's, and no one's when that quote has none.
        var pulled = PullQuote.RepeatedQuote(_text, _paragraphs, _segments, index);
        var found = GermanUnnamedSource.Checked(QuotingVerbObject.Checked(DescribedSubjectPronoun.Checked(DescribedOfficeHolder.Checked(pulled >= 0 ? _cues.Find(pulled) ?? Subject.Anonymous(_segments[index].OpenMark).Candidate : _cues.Find(index), _segments[index].OpenMark, _text, _people, _recent, _language), _segments[index].OpenMark, _text, _people, _language), _text, _people), _segments[index].OpenMark, _text, _segments, _language);
        if (found is { Resolved: true } && SelfNamingQuote.Names(_text, _segments[index], found))
        {
            // `“… y le tira las llaves a Loreto Aravena”, complementó.`: a speaker does not name herself in the third person, so a
            // pronoun or dropped subject resolved to someone the quote itself names is someone else's words about her.
            found = Subject.Anonymous(found.Position).Candidate;
        }

        _recent.Add(_segments[index].OpenMark, ClosedQuoteSentence.End(_text, _segments[index], QuoteContext.Of(_text, _paragraphs, _segments, index).Tail.End), found);
        return found;
    }
}
