using Quartz;

namespace NewsBot.Tests.Engine;

/// <summary>One job run as the scheduler saw it: the time its trigger was due and the time it actually started.</summary>
internal sealed record JobRun(JobKey Job, DateTimeOffset DueAt, DateTimeOffset StartedAt)
{
    public TimeSpan Lateness => StartedAt - DueAt;
}
