using Microsoft.Extensions.Hosting;

namespace NewsBot.Persistence;

/// <summary>Creates and migrates the database when the host starts, so a broken data folder fails fast.</summary>
internal sealed class DatabaseInitializer(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
