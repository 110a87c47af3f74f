namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Forum posts per story and publishing: the forum thread a remembered story lives in (set when its post is started or
/// moved to a new post; NULL for a story in a digest message, or one whose thread is read from its message's receipt), the
/// forum tags a topic applies to its posts (comma-separated names) and whether its digests are crossposted.
/// </summary>
internal static class Migration007ForumPosts
{
    public static Migration Migration { get; } = new(7, """
        ALTER TABLE remembered_stories ADD COLUMN thread_id TEXT;
        ALTER TABLE topics ADD COLUMN tags TEXT NOT NULL DEFAULT '';
        ALTER TABLE topics ADD COLUMN publish INTEGER NOT NULL DEFAULT 0;
        """);
}
