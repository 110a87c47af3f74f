namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Topics that take their feeds from the outlet catalogue: <c>catalog</c> 1 with an optional country and language
/// filter; 0, as for every topic stored before, keeps the feeds a moderator added.
/// </summary>
internal static class Migration013CatalogSources
{
    public static Migration Migration { get; } = new(13, """
        ALTER TABLE topics ADD COLUMN catalog INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE topics ADD COLUMN catalog_country TEXT;
        ALTER TABLE topics ADD COLUMN catalog_language TEXT;
        """);
}
