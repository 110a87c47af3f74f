namespace NewsBot.Benchmarks.Engine;

internal sealed record PollTotals(int NewArticles, int Backfilled, int FailedFeeds, string? FirstError);
