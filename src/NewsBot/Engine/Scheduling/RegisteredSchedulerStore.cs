namespace NewsBot.Engine.Scheduling;

/// <summary>The job store Quartz was given at registration, for <see cref="SchedulerStoreCheck"/> and the tests to read.</summary>
public sealed record RegisteredSchedulerStore(SchedulerStoreKind Kind);
