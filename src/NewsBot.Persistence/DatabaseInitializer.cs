using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// Creates and migrates the database when the host starts, so a broken data folder fails fast. Its size is not logged
/// here: <c>run</c>'s one start-up line says it, with the version, data folder, topics and feeds.
/// </summary>
internal sealed partial class DatabaseInitializer(IStorageDatabase database, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        LogReady(database.Description);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Database {Database} created or migrated")]
    private partial void LogReady(string database);
}
