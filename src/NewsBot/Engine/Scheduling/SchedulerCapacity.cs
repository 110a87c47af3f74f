namespace NewsBot.Engine.Scheduling;

/// <summary>
/// How the one Quartz thread pool is shared. Polls run in their own execution group, capped below the pool's size, so
/// however many feeds hang, threads stay free for digests, outbox retries and the other housekeeping jobs: a slow outlet
/// can delay its own poll, never a digest.
/// </summary>
/// <remarks>
/// An execution limit rather than a second scheduler or a semaphore inside the poll job: a job waiting on a semaphore
/// would still hold a pool thread, and a second scheduler would double the configuration (and, once Quartz is clustered,
/// the tables' scheduler names) for what Quartz expresses as one limit per node. The limit is node-scoped, so in a
/// cluster each node keeps its own digest threads; a poll trigger held back by it stays in the store and runs as soon as
/// a poll slot frees, or at its next slot when it has waited more than half an interval.
/// </remarks>
public static class SchedulerCapacity
{
    /// <summary>The execution group every poll trigger carries.</summary>
    public const string PollGroup = "polls";

    /// <summary>Polls that may run at once; each reads up to <c>Polling:ParallelArticleFetches</c> pages at a time.</summary>
    public const int Polls = 8;

    /// <summary>Threads no poll can take: digests, outbox retries, pruning.</summary>
    public const int Reserved = 4;

    public const int Threads = Polls + Reserved;
}
