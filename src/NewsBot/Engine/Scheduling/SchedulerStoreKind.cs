namespace NewsBot.Engine.Scheduling;

/// <summary>Which job store Quartz was given when the services were registered.</summary>
public enum SchedulerStoreKind
{
    Memory,
    Sqlite,
    ClusteredPostgres,
}
