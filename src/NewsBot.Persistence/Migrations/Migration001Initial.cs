namespace NewsBot.Persistence.Migrations;

/// <summary>Times are Unix milliseconds (UTC) so range queries compare integers.</summary>
internal static class Migration001Initial
{
    public static Migration Migration { get; } = new(1, """
        CREATE TABLE feed_state (
            feed_url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            paused INTEGER NOT NULL DEFAULT 0,
            last_fetched_at INTEGER,
            next_poll_at INTEGER
        );

        CREATE TABLE seen_items (
            feed_url TEXT NOT NULL,
            item_id TEXT NOT NULL,
            canonical_url TEXT NOT NULL,
            seen_at INTEGER NOT NULL,
            PRIMARY KEY (feed_url, item_id)
        );
        CREATE INDEX ix_seen_items_canonical_url ON seen_items (canonical_url);

        CREATE TABLE story_clusters (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            headline TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            feed_url TEXT NOT NULL,
            item_id TEXT NOT NULL,
            canonical_url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            outlet TEXT,
            published_at INTEGER,
            first_seen_at INTEGER NOT NULL,
            text_hash TEXT NOT NULL,
            quotes_json TEXT NOT NULL,
            key_sentences_json TEXT NOT NULL,
            partial INTEGER NOT NULL,
            cluster_id INTEGER REFERENCES story_clusters (id),
            FOREIGN KEY (feed_url, item_id) REFERENCES seen_items (feed_url, item_id)
        );
        CREATE INDEX ix_articles_first_seen_at ON articles (first_seen_at);
        CREATE INDEX ix_articles_cluster_id ON articles (cluster_id);

        -- Holds the article text itself (rowid = articles.id), so the text is not stored twice.
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, body, quotes,
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE outbox_messages (
            id INTEGER PRIMARY KEY,
            digest_id INTEGER NOT NULL REFERENCES digests (id),
            sequence INTEGER NOT NULL,
            channel_id TEXT NOT NULL,
            nonce TEXT NOT NULL UNIQUE,
            payload_json TEXT NOT NULL,
            discord_message_id TEXT,
            sent_at INTEGER,
            UNIQUE (digest_id, sequence)
        );
        CREATE INDEX ix_outbox_messages_pending ON outbox_messages (digest_id, sequence) WHERE discord_message_id IS NULL;
        """);
}
