using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence.Postgres.Migrations;

/// <summary>The twin of <see cref="Migration010TopicLocale"/>: each topic's own digest language, NULL following <c>Digests:Locale</c>.</summary>
internal static class PostgresMigration010TopicLocale
{
    public static Migration Migration { get; } = new(10, """
        ALTER TABLE topics ADD COLUMN locale TEXT;
        """);
}
