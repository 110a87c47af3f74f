namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Topics with their feeds and history, article language/byline/backfill, feed errors, and forum threads and
/// give-ups in the outbox. Times are Unix milliseconds (UTC), like <see cref="Migration001Initial"/>.
/// </summary>
internal static class Migration002DigestEngine
{
    public static Migration Migration { get; } = new(2, """
        CREATE TABLE topics (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            -- The name lower-cased by the application (SQLite's lower() only knows ASCII), for case-insensitive uniqueness.
            name_key TEXT NOT NULL,
            guild_id TEXT,
            query TEXT NOT NULL DEFAULT '',
            channel_id TEXT NOT NULL,
            schedule TEXT NOT NULL,
            time_zone TEXT NOT NULL DEFAULT 'UTC',
            max_stories INTEGER NOT NULL,
            language TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('command', 'configuration')),
            created_at INTEGER NOT NULL,
            last_digest_at INTEGER
        );
        -- NULLs are distinct in a unique index, so topics without a guild are made to share the '' guild.
        CREATE UNIQUE INDEX ux_topics_guild_name ON topics (coalesce(guild_id, ''), name_key);

        CREATE TABLE topic_feeds (
            topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            feed_url TEXT NOT NULL,
            PRIMARY KEY (topic_id, feed_url)
        );
        CREATE INDEX ix_topic_feeds_feed_url ON topic_feeds (feed_url);

        -- No foreign key to topics: the history of a deleted topic is kept.
        CREATE TABLE topic_changes (
            id INTEGER PRIMARY KEY,
            topic_id INTEGER NOT NULL,
            topic_name TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX ix_topic_changes_topic_at ON topic_changes (topic_id, at);

        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN byline TEXT;
        ALTER TABLE articles ADD COLUMN backfill INTEGER NOT NULL DEFAULT 0;
        -- A digest window reads a few feeds over a short time range.
        CREATE INDEX ix_articles_feed_url_first_seen_at ON articles (feed_url, first_seen_at);

        ALTER TABLE feed_state ADD COLUMN last_error TEXT;
        ALTER TABLE feed_state ADD COLUMN last_success_at INTEGER;

        ALTER TABLE outbox_messages ADD COLUMN thread_name TEXT;
        ALTER TABLE outbox_messages ADD COLUMN posted_channel_id TEXT;
        ALTER TABLE outbox_messages ADD COLUMN failed_reason TEXT;
        -- Pending now also means "not given up on".
        DROP INDEX ix_outbox_messages_pending;
        CREATE INDEX ix_outbox_messages_pending ON outbox_messages (digest_id, sequence)
            WHERE discord_message_id IS NULL AND failed_reason IS NULL;
        """);
}
