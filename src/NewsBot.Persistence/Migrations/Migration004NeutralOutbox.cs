namespace NewsBot.Persistence.Migrations;

/// <summary>
/// The outbox stops knowing Discord: a message is a destination, an opaque payload and, once delivered, an opaque receipt,
/// all three written and read by the delivery unit. Rows of the earlier shape are rewritten into the delivery unit's
/// Discord envelope (nonce, forum thread name, body) and receipt (message and channel ids), so what was pending stays
/// deliverable with the same nonce. Failed attempts are counted, so a failing destination is retried with back-off up to a
/// cap instead of holding up the others. SQLite cannot drop a UNIQUE column, so the table is rebuilt.
/// </summary>
internal static class Migration004NeutralOutbox
{
    public static Migration Migration { get; } = new(4, """
        CREATE TABLE outbox_messages_neutral (
            id INTEGER PRIMARY KEY,
            digest_id INTEGER NOT NULL REFERENCES digests (id),
            sequence INTEGER NOT NULL,
            destination TEXT NOT NULL,
            payload TEXT NOT NULL,
            receipt TEXT,
            sent_at INTEGER,
            failed_reason TEXT,
            -- Failed sends that may pass later, and when the delivery unit tries again.
            attempts INTEGER NOT NULL DEFAULT 0,
            retry_at INTEGER,
            last_error TEXT,
            UNIQUE (digest_id, sequence)
        );

        -- A body that is not JSON stays a string, which the delivery unit refuses as unreadable, as it did before.
        INSERT INTO outbox_messages_neutral (id, digest_id, sequence, destination, payload, receipt, sent_at, failed_reason)
        SELECT id, digest_id, sequence, channel_id,
            json_object(
                'nonce', nonce,
                'thread_name', thread_name,
                'message', CASE WHEN json_valid(payload_json) THEN json(payload_json) ELSE payload_json END),
            CASE WHEN discord_message_id IS NULL THEN NULL
                 ELSE json_object('message_id', discord_message_id, 'channel_id', coalesce(posted_channel_id, channel_id)) END,
            sent_at, failed_reason
        FROM outbox_messages;

        DROP TABLE outbox_messages;
        ALTER TABLE outbox_messages_neutral RENAME TO outbox_messages;
        CREATE INDEX ix_outbox_messages_pending ON outbox_messages (digest_id, sequence)
            WHERE receipt IS NULL AND failed_reason IS NULL;
        """);
}
