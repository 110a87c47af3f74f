namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Each topic's own digest layout (<c>components</c> or <c>embeds</c>); NULL, as for every topic stored before,
/// follows the global <c>Digests:Layout</c>.
/// </summary>
internal static class Migration009TopicLayout
{
    public static Migration Migration { get; } = new(9, """
        ALTER TABLE topics ADD COLUMN layout TEXT;
        """);
}
