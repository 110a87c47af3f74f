using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence.Postgres.Migrations;

/// <summary>The twin of <see cref="Migration012OutboxClaims"/>: the claimer of a pending outbox message and its lease's end.</summary>
internal static class PostgresMigration012OutboxClaims
{
    public static Migration Migration { get; } = new(12, """
        ALTER TABLE outbox_messages ADD COLUMN claimed_by text, ADD COLUMN claimed_until bigint;
        CREATE INDEX ix_outbox_messages_pending_destination ON outbox_messages (destination)
            WHERE receipt IS NULL AND failed_reason IS NULL;
        """);
}
