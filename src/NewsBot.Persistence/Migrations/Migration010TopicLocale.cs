namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Each topic's own digest language (a Discord locale such as <c>de</c> or <c>pt-BR</c>); NULL, as for every topic
/// stored before, follows the global <c>Digests:Locale</c>.
/// </summary>
internal static class Migration010TopicLocale
{
    public static Migration Migration { get; } = new(10, """
        ALTER TABLE topics ADD COLUMN locale TEXT;
        """);
}
