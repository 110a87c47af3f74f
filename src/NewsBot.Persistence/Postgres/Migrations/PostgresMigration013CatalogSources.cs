using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence.Postgres.Migrations;

/// <summary>The twin of <see cref="Migration013CatalogSources"/>: topics taking their feeds from the outlet catalogue, with its filter.</summary>
internal static class PostgresMigration013CatalogSources
{
    public static Migration Migration { get; } = new(13, """
        ALTER TABLE topics ADD COLUMN catalog boolean NOT NULL DEFAULT false;
        ALTER TABLE topics ADD COLUMN catalog_country TEXT;
        ALTER TABLE topics ADD COLUMN catalog_language TEXT;
        """);
}
