using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsBot.Operations;

/// <summary>What a backup holds, read back from the copy itself: its size, integrity, schema version and rows per table.</summary>
internal sealed record BackupSummary(string File, long Bytes, string Integrity, int SchemaVersion, IReadOnlyList<KeyValuePair<string, long>> Rows)
{
    public static async Task<BackupSummary> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await DatabaseBackup.OpenAsync(file, SqliteOpenMode.ReadOnly, cancellationToken);
        var integrity = Convert.ToString(await ScalarAsync(connection, "PRAGMA quick_check;", cancellationToken), CultureInfo.InvariantCulture) ?? "";
        var version = Convert.ToInt32(await ScalarAsync(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version;", cancellationToken), CultureInfo.InvariantCulture);
        var rows = new List<KeyValuePair<string, long>>();
        foreach (var table in await TablesAsync(connection, cancellationToken))
        {
            var count = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", cancellationToken);
            rows.Add(new(table, Convert.ToInt64(count, CultureInfo.InvariantCulture)));
        }
        return new BackupSummary(file, new FileInfo(file).Length, integrity, version, rows);
    }

    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{File}: {Bytes / 1e6:0.0} MB, integrity {Integrity}, schema version {SchemaVersion}"));
        foreach (var (table, count) in Rows)
            text.Append(CultureInfo.InvariantCulture, $"\n  {table}: {count}");
        return text.ToString();
    }

    /// <summary>Ordinary tables only: the search index's virtual table and its shadow tables would count the same rows again.</summary>
    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
