namespace NewsBot.Benchmarks.Engine;

/// <summary>Store reads and clustering of every topic measured on their own, and a second, warm round of composing.</summary>
internal sealed record ComposeShares(TimeSpan StoreReads, TimeSpan Clustering, TimeSpan WarmRound);
