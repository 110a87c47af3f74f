namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// The speaker candidates of each quote: the rules' choice, the previous quote's speaker, and every person or
/// organisation named outside quotes in the quote's paragraph or the one before, each under its fullest name; then
/// with a model trained on them, the next quote's speaker and the persons named further back (<see cref="DiscourseCandidates"/>).
/// </summary>
internal sealed class CandidateCollector(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, ArticleDiscourse? discourse)
{
    private readonly Dictionary<string, int> _mentionsByLastWord = CountMentions(names);
    private readonly EarlierPersons _earlier = new(paragraphs, names);
    private readonly Dictionary<int, string> _fullNames = [];

    public List<RankingCandidate> Collect(int index, Attribution rule, string? previousSpeaker)
    {
        var segment = segments[index];
        var candidates = new List<RankingCandidate>();
        if (rule.Speaker is { } chosen)
        {
            candidates.Add(new RankingCandidate(chosen) { Rule = rule });
        }

        var context = QuoteContext.Of(text, paragraphs, segments, index);
        var paragraph = paragraphs[segment.Paragraph];
        var windowStart = segment.Paragraph > 0 ? paragraphs[segment.Paragraph - 1].Start : paragraph.Start;
        var lastPersonBefore = -1;
        foreach (var mention in names.Mentions)
        {
            if (mention.Span.Start >= paragraph.End)
            {
                break;
            }

            if (mention.Span.Start < windowStart || mention.InsideQuote || mention.Kind == NameKind.Place || segment.Outer.Contains(mention.Span.Start)
                || (mention.Addressed && (context.Lead.Contains(mention.Span.Start) || context.Tail.Contains(mention.Span.Start))))
            {
                // `she told Oprah, “…”`: the one the quote was said to is no candidate for having said it.
                continue;
            }

            var candidate = Find(candidates, FullName(mention));
            if (candidate is null)
            {
                candidate = new RankingCandidate(FullName(mention));
                candidates.Add(candidate);
            }

            var distance = mention.Span.Start < segment.OpenMark ? -(segment.OpenMark - mention.Span.End) : mention.Span.Start - segment.Outer.End;
            if (candidate.Nearest is null || Math.Abs(distance) < Math.Abs(candidate.Distance))
            {
                candidate.Nearest = mention;
                candidate.Distance = distance;
            }

            candidate.SameSentence |= context.Lead.Contains(mention.Span.Start) || context.Tail.Contains(mention.Span.Start);
            candidate.SameParagraph |= paragraph.Contains(mention.Span.Start);
            if (distance < 0 && mention.Kind != NameKind.Organisation)
            {
                lastPersonBefore = candidates.IndexOf(candidate);
            }
        }

        if (lastPersonBefore >= 0)
        {
            candidates[lastPersonBefore].LastPersonBefore = true;
        }

        if (previousSpeaker is not null)
        {
            var previous = Find(candidates, previousSpeaker);
            if (previous is null)
            {
                previous = new RankingCandidate(previousSpeaker);
                candidates.Add(previous);
            }

            previous.PreviousSpeaker = true;
        }

        if (discourse is not null)
        {
            DiscourseCandidates.Add(candidates, index, segment.Paragraph, discourse, _earlier.Before(windowStart), FullName);
        }

        foreach (var candidate in candidates)
        {
            candidate.Mentions = _mentionsByLastWord.GetValueOrDefault(LastWord(candidate.Speaker));
        }

        return candidates;
    }

    /// <summary>The same person under a shorter or longer name (`Peskov`, `Dmitry Peskov`) is one candidate.</summary>
    internal static RankingCandidate? Find(List<RankingCandidate> candidates, string speaker)
    {
        var last = LastWord(speaker);
        return candidates.Find(c => string.Equals(LastWord(c.Speaker), last, StringComparison.Ordinal));
    }

    private string FullName(NameMention mention)
    {
        if (!_fullNames.TryGetValue(mention.Span.Start, out var full))
        {
            full = (names.FullForm(mention.Words, mention.Span.Start) ?? mention).Text;
            _fullNames[mention.Span.Start] = full;
        }

        return full;
    }

    internal static string LastWord(string speaker)
    {
        var space = speaker.LastIndexOf(' ');
        return space < 0 ? speaker : speaker[(space + 1)..];
    }

    private static Dictionary<string, int> CountMentions(NameIndex names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in names.Mentions.Where(m => !m.InsideQuote))
        {
            counts[mention.LastWord] = counts.GetValueOrDefault(mention.LastWord) + 1;
        }

        return counts;
    }
}
