using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Persistence;

namespace NewsBot.Engine.Scheduling;

/// <summary>The one line an operator reads to know which bot started on which data: version, data folder, database size, topics and feeds.</summary>
internal sealed partial class StartupReport(ITopicStore topics, IRetentionStore database, IOptions<StorageOptions> storage, ILogger<StartupReport> logger)
{
    public static string Version { get; } =
        typeof(StartupReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task LogAsync(CancellationToken cancellationToken)
    {
        var all = await topics.ListAsync(cancellationToken);
        var feeds = all.SelectMany(t => t.Feeds).Distinct(StringComparer.Ordinal).Count();
        var size = await database.MeasureAsync(cancellationToken);
        LogStarted(Version, Path.GetFullPath(storage.Value.DataDirectory), size, all.Count, feeds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsBot {Version} started: data folder {DataFolder}, database {DatabaseSize}, {Topics} topics, {Feeds} feeds")]
    private partial void LogStarted(string version, string dataFolder, DatabaseSize databaseSize, int topics, int feeds);
}
