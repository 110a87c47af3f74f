using Microsoft.Data.Sqlite;

namespace NewsBot.Persistence;

/// <summary>
/// One statement run again and again on one connection: its SQL is prepared and its parameters made once, each run only
/// sets the values. A new command per run parsed the SQL and built every parameter anew (issue 17: storing a feed's
/// articles ran four statements per article).
/// </summary>
internal sealed class ReusedCommand : IAsyncDisposable
{
    private readonly SqliteCommand _command;

    public ReusedCommand(SqliteConnection connection, SqliteTransaction? transaction, string sql, params ReadOnlySpan<string> parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameterNames)
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
    }

    /// <summary>Sets a parameter for the next run; null is stored as SQL NULL.</summary>
    public ReusedCommand Set(string name, object? value)
    {
        _command.Parameters[name].Value = value ?? DBNull.Value;
        return this;
    }

    public Task<object?> ScalarAsync(CancellationToken cancellationToken) => _command.ExecuteScalarAsync(cancellationToken);

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
