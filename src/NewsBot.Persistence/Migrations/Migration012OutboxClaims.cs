namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Which instance claimed a pending outbox message, and until when: a claim that ran out (its instance died mid-send) is
/// taken again by another. The index serves the claim's "is this destination held elsewhere" look-up.
/// </summary>
internal static class Migration012OutboxClaims
{
    public static Migration Migration { get; } = new(12, """
        ALTER TABLE outbox_messages ADD COLUMN claimed_by TEXT;
        ALTER TABLE outbox_messages ADD COLUMN claimed_until INTEGER;
        CREATE INDEX ix_outbox_messages_pending_destination ON outbox_messages (destination)
            WHERE receipt IS NULL AND failed_reason IS NULL;
        """);
}
