using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using NewsBot.Persistence;
using Npgsql;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Gives Quartz its job store from the settings: in memory, or persistent in the bot's own database (tables created by
/// our migration 11, only validated by Quartz). On PostgreSQL the store is clustered: every instance on the database
/// takes part, each trigger fires on one of them, and a dead instance's firings are recovered by another.
/// </summary>
internal static class SchedulerStore
{
    /// <summary>The storage's own connection string (<c>ConnectionStrings:NewsBot</c>): Quartz's tables live beside the bot's.</summary>
    private const string ConnectionStringName = "NewsBot";

    public static SchedulerStoreKind Choose(SchedulerOptions scheduler, StorageOptions storage) =>
        scheduler.UsesMemory ? SchedulerStoreKind.Memory
        : storage.UsesPostgres ? SchedulerStoreKind.ClusteredPostgres
        : SchedulerStoreKind.Sqlite;

    public static SchedulerStoreKind Configure(IQuartzBuilder quartz, IConfiguration? configuration)
    {
        var scheduler = configuration?.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var storage = configuration?.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var kind = Choose(scheduler, storage);
        switch (kind)
        {
            case SchedulerStoreKind.Memory:
                quartz.UseInMemoryStore();
                break;
            case SchedulerStoreKind.Sqlite:
                quartz.UsePersistentStore(store => store.UseSqlite(SqliteFactory.Instance, SqliteConnectionString(storage)));
                break;
            default:
                var checkin = TimeSpan.FromSeconds(scheduler.CheckinIntervalSeconds);
                quartz.UsePersistentStore(store =>
                {
                    // A missing or bad connection string stops start-up with one line (PostgresConnectionValidator) before Quartz connects.
                    store.UsePostgres(NpgsqlFactory.Instance, configuration?.GetConnectionString(ConnectionStringName) ?? "");
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = checkin;
                        cluster.CheckinMisfireThreshold = checkin;
                    });
                });
                break;
        }
        return kind;
    }

    /// <summary>The bot's database file, with a busy wait as long as the stores' own, so Quartz and the stores take turns writing.</summary>
    private static string SqliteConnectionString(StorageOptions storage) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(Path.GetFullPath(storage.DataDirectory), StorageOptions.DatabaseFileName),
        ForeignKeys = true,
        DefaultTimeout = Math.Max(1, (int)Math.Ceiling(storage.BusyTimeoutMilliseconds / 1000.0)),
    }.ToString();
}
