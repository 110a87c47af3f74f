using NewsBot.Persistence.Migrations;
using NewsBot.Persistence.Postgres;
using NewsBot.Persistence.Postgres.Migrations;

namespace NewsBot.Persistence.Tests.Postgres.Migrations;

public sealed class PostgresSchemaMigratorTests : IDisposable
{
    private TestPostgresDatabase? _test;

    private TestPostgresDatabase Test => _test ??= new();

    public void Dispose() => _test?.Dispose();

    [Fact]
    public async Task InitializeAsync_TwoInstancesStartingTogether_MigrateOnceAndRecordEachVersionOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var instances = Enumerable.Range(0, 4).Select(_ => Test.Open()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.InitializeAsync(ct), ct)));

        Assert.Equal(1L, await Test.ScalarAsync($"SELECT count(*) FROM schema_version WHERE version = {PostgresSchemaMigrator.LatestVersion};", ct));
        Assert.Equal((long)PostgresSchemaMigrator.All.Count, await Test.ScalarAsync("SELECT count(*) FROM schema_version;", ct));
        Assert.Equal(1L, await Test.ScalarAsync($"SELECT count(*) FROM pg_tables WHERE schemaname = '{Test.Schema}' AND tablename = 'articles';", ct));
    }

    [Fact]
    public async Task InitializeAsync_ExistingSchemaOnRestart_AppliesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await Test.Open().InitializeAsync(ct);
        await Test.ScalarAsync("INSERT INTO feed_state (feed_url) VALUES ('https://kept.example/feed');", ct);

        await Test.Open().InitializeAsync(ct);

        Assert.Equal((long)PostgresSchemaMigrator.All.Count, await Test.ScalarAsync("SELECT count(*) FROM schema_version;", ct));
        Assert.Equal(1L, await Test.ScalarAsync("SELECT count(*) FROM feed_state;", ct));
    }

    [Fact]
    public async Task Baseline_SameTablesAndColumnsAsSqliteAtTheSameVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        await Test.Open().InitializeAsync(ct);
        var postgres = (string)(await Test.ScalarAsync($"""
            SELECT string_agg(table_name || '.' || column_name, ' ' ORDER BY table_name, column_name)
            FROM information_schema.columns
            WHERE table_schema = '{Test.Schema}' AND table_name <> 'articles_fts';
            """, ct))!;
        using var sqlite = new TestDatabase();
        var sqliteColumns = (string)(await sqlite.ScalarAsync("""
            SELECT group_concat(name, ' ') FROM (
                SELECT t.name || '.' || c.name AS name
                FROM sqlite_master t, pragma_table_info(t.name) c
                WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite%' AND t.name NOT LIKE 'articles_fts%'
                ORDER BY t.name, c.name);
            """, ct))!;

        Assert.Equal(SchemaMigrator.LatestVersion, PostgresSchemaMigrator.LatestVersion);
        // Quartz's own SQLite script spells its tables in capitals (QRTZ_…), PostgreSQL folds them to lower case.
        Assert.Equal(Normalized(sqliteColumns), Normalized(postgres));
    }

    private static List<string> Normalized(string columns) =>
        [.. columns.ToUpperInvariant().Split(' ').Order(StringComparer.Ordinal)];
}
