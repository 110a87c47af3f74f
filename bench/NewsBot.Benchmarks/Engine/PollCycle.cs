using NewsBot.Engine.Polling;

namespace NewsBot.Benchmarks.Engine;

/// <summary>One poll of every feed, a bounded number at a time as Quartz's worker pool would run the poll jobs.</summary>
internal static class PollCycle
{
    public static async Task<PollTotals> RunAsync(FeedPoller poller, IReadOnlyList<string> feedUrls, int parallel, CancellationToken cancellationToken)
    {
        var results = new FeedPollResult[feedUrls.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, feedUrls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await poller.PollAsync(feedUrls[i], token));
        return new PollTotals(
            results.Sum(r => r.NewArticles),
            results.Sum(r => r.BackfilledArticles),
            results.Count(r => !r.Succeeded),
            results.FirstOrDefault(r => r.Error is not null)?.Error);
    }
}
