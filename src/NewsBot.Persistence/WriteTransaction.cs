using Microsoft.Data.Sqlite;

namespace NewsBot.Persistence;

/// <summary>
/// An immediate transaction that holds this process's write turn (see <see cref="SqliteDatabase.BeginWriteAsync"/>);
/// disposing it without <see cref="CommitAsync"/> rolls back, then passes the turn on.
/// </summary>
internal sealed class WriteTransaction(SqliteConnection connection, SqliteTransaction transaction, SemaphoreSlim writeTurn) : IAsyncDisposable
{
    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    public SqliteCommand CreateCommand(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
        finally
        {
            writeTurn.Release();
        }
    }
}
