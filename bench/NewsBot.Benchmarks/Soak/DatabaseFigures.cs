using Microsoft.Data.Sqlite;

namespace NewsBot.Benchmarks.Soak;

/// <summary>The database's size on disk (main file and write-ahead log) and the rows of its main tables.</summary>
internal sealed record DatabaseFigures(long FileBytes, long WalBytes, IReadOnlyList<(string Table, long Rows)> Tables)
{
    public static DatabaseFigures Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "newsbot.db");
        var tables = new List<(string, long)>();
        using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var list = connection.CreateCommand();
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%' ORDER BY name";
            var names = new List<string>();
            using (var reader = list.ExecuteReader())
            {
                while (reader.Read())
                    names.Add(reader.GetString(0));
            }
            foreach (var name in names)
            {
                using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{name}\"";
                tables.Add((name, (long)count.ExecuteScalar()!));
            }
        }
        return new DatabaseFigures(Size(path), Size(path + "-wal"), tables);
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
