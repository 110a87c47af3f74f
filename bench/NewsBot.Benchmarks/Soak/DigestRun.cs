namespace NewsBot.Benchmarks.Soak;

/// <summary>One digest job as it started: its topic, the time it was due and when it began, on the simulated clock.</summary>
internal sealed record DigestRun(string TopicId, DateTimeOffset DueAt, DateTimeOffset StartedAt)
{
    public TimeSpan Lateness => StartedAt - DueAt;
}
