using Microsoft.Data.Sqlite;

namespace NewsBot.Persistence;

/// <summary>
/// An immediate transaction on the writer connection that holds this process's write turn (see
/// <see cref="SqliteDatabase.BeginWriteAsync"/>); disposing it without <see cref="CommitAsync"/> rolls back, then passes the turn on.
/// </summary>
internal sealed class WriteTransaction(SqliteDatabase database, SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
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

    /// <summary>The connection stays open: it belongs to the database and serves the next writer.</summary>
    public ValueTask DisposeAsync() => database.EndWriteAsync(transaction);
}
