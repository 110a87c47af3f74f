using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Creates and migrates the database when the host starts, so a broken data folder fails fast, and says how large it is.</summary>
internal sealed partial class DatabaseInitializer(IStorageDatabase database, IRetentionStore retention, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        LogSize(database.Description, await retention.MeasureAsync(cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database}: {Size}")]
    private partial void LogSize(string database, DatabaseSize size);
}
