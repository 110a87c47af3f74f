using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>
/// One bot instance's scheduler, configured as the bot configures it (<see cref="SchedulerStore"/>) for a PostgreSQL
/// database: two of these in one process are two members of a Quartz cluster, each with its own generated instance id.
/// </summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _dead;

    private ClusterNode(ServiceProvider services, IScheduler scheduler) => (_services, Scheduler) = (services, scheduler);

    public IScheduler Scheduler { get; }

    public static async Task<ClusterNode> StartAsync(string connectionString, ClusterRuns runs, int checkinSeconds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:NewsBot"] = connectionString,
            ["Scheduler:CheckinIntervalSeconds"] = checkinSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(runs);
        services.AddQuartz(quartz => Assert.Equal(SchedulerStoreKind.ClusteredPostgres, SchedulerStore.Configure(quartz, configuration)));
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        await scheduler.Start(TestContext.Current.CancellationToken);
        return new ClusterNode(provider, scheduler);
    }

    /// <summary>Stops scheduling and checking in without waiting for running jobs: to the cluster, a node that died.</summary>
    public async Task DieAsync()
    {
        _dead = true;
        await Scheduler.Shutdown(waitForJobsToComplete: false, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_dead)
            await Scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
        await _services.DisposeAsync();
    }
}
