using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsBot.Persistence.Migrations;

internal static class SchemaMigrator
{
    public static IReadOnlyList<Migration> All { get; } =
        [Migration001Initial.Migration, Migration002DigestEngine.Migration, Migration003Sightings.Migration, Migration004NeutralOutbox.Migration,
        Migration005StoryMemory.Migration, Migration006FeedSubscriptions.Migration, Migration007ForumPosts.Migration, Migration008Presentation.Migration,
        Migration009TopicLayout.Migration, Migration010TopicLocale.Migration,
        Migration011QuartzTables.Migration, Migration012OutboxClaims.Migration,
        Migration013CatalogSources.Migration, Migration014SightingFloor.Migration];

    public static int LatestVersion => All[^1].Version;

    /// <summary>Applies every migration newer than the recorded version, all in one transaction.</summary>
    public static Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, All, cancellationToken);

    /// <summary>Applies those of <paramref name="migrations"/> newer than the recorded version (tests build old schemas with it).</summary>
    public static async Task MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        // An immediate transaction takes the write lock up front, so two processes starting together cannot both migrate.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = migration.Sql;
            await apply.ExecuteNonQueryAsync(cancellationToken);

            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            // The stamp is only for people inspecting the file, so SQLite's own clock will do.
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));";
            record.Parameters.AddWithValue("$version", migration.Version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
