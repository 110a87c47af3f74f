using System.Globalization;
using NewsBot.Persistence.Migrations;
using Npgsql;

namespace NewsBot.Persistence.Postgres.Migrations;

/// <summary>
/// PostgreSQL's migrations, numbered as SQLite's (<see cref="SchemaMigrator"/>): the baseline is version 9, and each later
/// SQLite migration gets its PostgreSQL twin with the same number.
/// </summary>
internal static class PostgresSchemaMigrator
{
    /// <summary>Any fixed number: every NewsBot instance on the database takes the same lock to migrate.</summary>
    private const long MigrationLockKey = 0x4e657773426f74; // "NewsBot"

    public static IReadOnlyList<Migration> All { get; } = [
        PostgresMigration009Baseline.Migration, PostgresMigration010TopicLocale.Migration,
        PostgresMigration011QuartzTables.Migration, PostgresMigration012OutboxClaims.Migration,
        PostgresMigration013CatalogSources.Migration, PostgresMigration014SightingFloor.Migration];

    public static int LatestVersion => All[^1].Version;

    /// <summary>
    /// Applies every migration newer than the recorded version in one transaction, holding a transaction-scoped advisory
    /// lock: a second instance starting at the same time waits, then finds the schema current and applies nothing.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey});", cancellationToken);
        await ExecuteAsync(
            connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at text NOT NULL);",
            cancellationToken);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        foreach (var migration in All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                """INSERT INTO schema_version (version, applied_at) VALUES (@version, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));""",
                connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version;", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
