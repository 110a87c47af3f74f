namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// Adds to a quote's candidates what the article around it says: the speaker of the next attributed quote, the persons
/// named further back (with the paragraphs since), and marks on every candidate its share of the article's quotes,
/// whether it spoke in the paragraph before, and whether it is the only person named.
/// </summary>
internal static class DiscourseCandidates
{
    public static void Add(List<RankingCandidate> candidates, int index, int paragraph, ArticleDiscourse discourse,
        List<(NameMention Mention, int Paragraph)> earlier, Func<NameMention, string> fullName)
    {
        if (discourse.NextSpeaker(index) is { } next)
        {
            Ensure(candidates, next).NextSpeaker = true;
        }

        foreach (var (mention, mentionParagraph) in earlier)
        {
            var candidate = Ensure(candidates, fullName(mention));
            if (candidate.ParagraphsSinceMention < 0)
            {
                candidate.ParagraphsSinceMention = Math.Max(0, paragraph - mentionParagraph);
            }
        }

        foreach (var candidate in candidates)
        {
            var last = CandidateCollector.LastWord(candidate.Speaker);
            candidate.QuoteShare = discourse.QuoteShare(last);
            candidate.MostQuoted = discourse.MostQuoted(last);
            candidate.SpokePreviousParagraph = paragraph > 0 && discourse.SpokeInParagraph(paragraph - 1, last);
            candidate.OnlyPerson = string.Equals(discourse.OnlyPerson, last, StringComparison.Ordinal);
        }
    }

    private static RankingCandidate Ensure(List<RankingCandidate> candidates, string speaker)
    {
        var candidate = CandidateCollector.Find(candidates, speaker);
        if (candidate is null)
        {
            candidate = new RankingCandidate(speaker);
            candidates.Add(candidate);
        }

        return candidate;
    }
}
