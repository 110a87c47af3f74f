namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// What the article as a whole says about who speaks, read once per article from the rules' attributions: how many
/// quotes each speaker has, who speaks next, who spoke in each paragraph, and whether it names one person only. The
/// ranker's second opinion where the rules found no speaker leans on it (issue #11: the reader still knows who spoke).
/// </summary>
internal sealed class ArticleDiscourse
{
    /// <summary>A later quote's speaker further off than this many paragraphs is no candidate.</summary>
    private const int MaxParagraphsToNextSpeaker = 2;

    private readonly Dictionary<string, int> _quotesBySpeaker = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _speakersByParagraph = [];
    private readonly string?[] _nextSpeakers;
    private readonly int _maxQuotes;

    public ArticleDiscourse(IReadOnlyList<QuotedSegment> segments, IReadOnlyList<Attribution> rules, NameIndex names)
    {
        _nextSpeakers = new string?[segments.Count];
        string? next = null;
        var nextParagraph = int.MaxValue;
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            _nextSpeakers[i] = nextParagraph - segments[i].Paragraph <= MaxParagraphsToNextSpeaker ? next : null;
            if (rules[i].Speaker is { } speaker)
            {
                (next, nextParagraph) = (speaker, segments[i].Paragraph);
                var last = CandidateCollector.LastWord(speaker);
                _quotesBySpeaker[last] = _quotesBySpeaker.GetValueOrDefault(last) + 1;
                Attributed++;
                if (!_speakersByParagraph.TryGetValue(segments[i].Paragraph, out var inParagraph))
                {
                    inParagraph = [];
                    _speakersByParagraph[segments[i].Paragraph] = inParagraph;
                }

                inParagraph.Add(last);
            }
        }

        foreach (var count in _quotesBySpeaker.Values)
        {
            _maxQuotes = Math.Max(_maxQuotes, count);
        }

        OnlyPerson = OnlyPersonNamed(names);
    }

    /// <summary>Quotes the rules attributed to anyone.</summary>
    public int Attributed { get; }

    /// <summary>The last word of the one person the article names outside quotes; null when it names none or several.</summary>
    public string? OnlyPerson { get; }

    /// <summary>The speaker of the nearest later quote the rules attributed, when it is at most two paragraphs on.</summary>
    public string? NextSpeaker(int index) => _nextSpeakers[index];

    public double QuoteShare(string lastWord) => _quotesBySpeaker.GetValueOrDefault(lastWord) / (double)Math.Max(1, Attributed);

    /// <summary>Said more quotes than anyone else (ties included), and at least two.</summary>
    public bool MostQuoted(string lastWord) => _maxQuotes >= 2 && _quotesBySpeaker.GetValueOrDefault(lastWord) == _maxQuotes;

    public bool SpokeInParagraph(int paragraph, string lastWord) =>
        _speakersByParagraph.TryGetValue(paragraph, out var speakers) && speakers.Contains(lastWord, StringComparer.Ordinal);

    private static string? OnlyPersonNamed(NameIndex names)
    {
        string? only = null;
        foreach (var mention in names.Mentions)
        {
            if (mention.InsideQuote || mention.Kind != NameKind.Person)
            {
                continue;
            }

            if (only is not null && !string.Equals(only, mention.LastWord, StringComparison.Ordinal))
            {
                return null;
            }

            only = mention.LastWord;
        }

        return only;
    }
}
