using Microsoft.Extensions.Configuration;
using NewsBot.Persistence.Postgres.Migrations;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>
/// The PostgreSQL database named by <c>ConnectionStrings:NewsBot</c>: a pooled data source, migrated on first use under an
/// advisory lock so that instances starting together migrate once.
/// </summary>
internal sealed class PostgresDatabase : IStorageDatabase, IAsyncDisposable, IDisposable
{
    public const string ConnectionStringName = "NewsBot";

    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly NpgsqlDataSource _dataSource;
    private volatile bool _initialized;

    public PostgresDatabase(IConfiguration configuration)
        : this(configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required when Storage:Provider is postgres"))
    {
    }

    public PostgresDatabase(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Where the data lives, for the start-up log line (no password).</summary>
    public string Description { get; }

    /// <summary>Applies pending migrations once per instance; safe to call repeatedly and from several processes.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
            return;
        await _initialization.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
                return;
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchemaMigrator.MigrateAsync(connection, cancellationToken);
            _initialized = true;
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Start-up stops with one line, as for an unwritable SQLite file, instead of a stack trace.
            throw new DatabaseUnwritableException(
                $"the database {Description} cannot be used ({e.Message.TrimEnd('.', ' ')}): check ConnectionStrings:NewsBot and that the server is up",
                e);
        }
        finally
        {
            _initialization.Release();
        }
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// A read-committed transaction on a pooled connection. Unlike SQLite's single writer, writers run side by side: each
    /// statement that must not race another takes its own row or advisory lock.
    /// </summary>
    public async Task<PostgresWrite> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            return new PostgresWrite(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _initialization.Dispose();
        return _dataSource.DisposeAsync();
    }

    public void Dispose()
    {
        _initialization.Dispose();
        _dataSource.Dispose();
    }
}
