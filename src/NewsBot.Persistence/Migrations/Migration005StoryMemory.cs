namespace NewsBot.Persistence.Migrations;

/// <summary>
/// The story memory: each story a digest delivered, with the message that carried it (digest, message, embed), so later
/// coverage edits that message instead of posting the story again. No foreign keys: retention prunes the outbox and the
/// memory on their own schedules, and a story whose message is gone is simply no longer editable. Times are Unix ms.
/// </summary>
internal static class Migration005StoryMemory
{
    public static Migration Migration { get; } = new(5, """
        CREATE TABLE remembered_stories (
            id INTEGER PRIMARY KEY,
            topic_id INTEGER NOT NULL,
            digest_id INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            embed_index INTEGER NOT NULL,
            -- Written and read by the engine only (members, outlets, quotes).
            state TEXT NOT NULL,
            delivered_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL,
            editable INTEGER NOT NULL DEFAULT 1,
            mention_pending INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_remembered_stories_topic_last_seen ON remembered_stories (topic_id, last_seen_at);
        CREATE INDEX ix_remembered_stories_message ON remembered_stories (digest_id, sequence);
        """);
}
