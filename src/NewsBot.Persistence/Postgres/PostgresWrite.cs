using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>A transaction on its own pooled connection; disposing it without <see cref="CommitAsync"/> rolls back.</summary>
internal sealed class PostgresWrite(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public NpgsqlConnection Connection => connection;

    public NpgsqlTransaction Transaction => transaction;

    public NpgsqlCommand CreateCommand(string sql) => new(sql, connection, transaction);

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    /// <summary>Serializes this transaction with every other one taking the same key, until it ends (pg_advisory_xact_lock).</summary>
    public Task LockAsync(string scope, string key, CancellationToken cancellationToken) =>
        LockAsync("pg_advisory_xact_lock", scope, key, cancellationToken);

    /// <summary>Shares the key with other shared holders until this transaction ends; excludes <see cref="LockAsync(string, string, CancellationToken)"/>.</summary>
    public Task LockSharedAsync(string scope, string key, CancellationToken cancellationToken) =>
        LockAsync("pg_advisory_xact_lock_shared", scope, key, cancellationToken);

    private async Task LockAsync(string function, string scope, string key, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand($"SELECT {function}(hashtext(@scope), hashtext(@key));");
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
