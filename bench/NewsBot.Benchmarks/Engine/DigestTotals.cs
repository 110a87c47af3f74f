using NewsBot.Engine.Stories;

namespace NewsBot.Benchmarks.Engine;

/// <summary>What a digest round produced; MergedStories ran in more than one outlet.</summary>
internal sealed record DigestTotals(int Digests = 0, int Stories = 0, int MergedStories = 0, int Quotes = 0, int Messages = 0, TimeSpan Slowest = default)
{
    /// <summary>Time spent on the digests of topics with a word query, which index every article's words.</summary>
    public TimeSpan QueryTopicsTime { get; init; }

    public int QueryTopics { get; init; }

    public DigestTotals Add(IReadOnlyList<CoveredStory> stories, int messages, TimeSpan elapsed, bool hasQuery) => new(
        Digests + 1,
        Stories + stories.Count,
        MergedStories + stories.Count(s => s.AlsoIn.Count > 0),
        Quotes + stories.Sum(s => s.Story.Analysis.Quotes.Count),
        Messages + messages,
        elapsed > Slowest ? elapsed : Slowest)
    {
        QueryTopicsTime = hasQuery ? QueryTopicsTime + elapsed : QueryTopicsTime,
        QueryTopics = hasQuery ? QueryTopics + 1 : QueryTopics,
    };
}
