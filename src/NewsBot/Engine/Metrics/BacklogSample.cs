namespace NewsBot.Engine.Metrics;

/// <summary>What waits, at one moment: feeds every follower paused, messages not yet sent and how long the oldest has waited.</summary>
public sealed record BacklogSample(int PausedFeeds, int PendingMessages, TimeSpan OldestPendingAge);
