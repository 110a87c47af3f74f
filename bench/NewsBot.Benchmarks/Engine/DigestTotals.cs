using NewsBot.Publishing;

namespace NewsBot.Benchmarks.Engine;

/// <summary>What a digest round produced; MergedStories ran in more than one outlet.</summary>
internal sealed record DigestTotals(int Digests = 0, int Stories = 0, int MergedStories = 0, int Quotes = 0, int Messages = 0, TimeSpan Slowest = default)
{
    public DigestTotals Add(IReadOnlyList<RenderedStory> stories, int messages, TimeSpan elapsed) => new(
        Digests + 1,
        Stories + stories.Count,
        MergedStories + stories.Count(s => s.AlsoIn.Count > 0),
        Quotes + stories.Sum(s => s.Story.Analysis.Quotes.Count),
        Messages + messages,
        elapsed > Slowest ? elapsed : Slowest);
}
