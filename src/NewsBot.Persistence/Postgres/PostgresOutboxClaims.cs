using NewsBot.Core.Storage;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>
/// The outbox claim on PostgreSQL, one statement: lock the pending rows no other claim is locking (<c>FOR UPDATE SKIP
/// LOCKED</c>), keep the destinations whose every pending row was locked here and has no other live lease, and lease those
/// rows. A destination partly locked by a concurrent claim is left to it whole, so its messages never go out of order.
/// </summary>
internal static class PostgresOutboxClaims
{
    private const string ClaimSql = $"""
        WITH locked AS (
            SELECT id, destination, claimed_by, claimed_until FROM outbox_messages
            WHERE receipt IS NULL AND failed_reason IS NULL
            FOR UPDATE SKIP LOCKED),
        claimable AS (
            SELECT l.destination FROM locked l GROUP BY l.destination
            HAVING bool_and(l.claimed_by IS NULL OR l.claimed_by = @claimer OR l.claimed_until <= @now)
               AND count(*) = (SELECT count(*) FROM outbox_messages p
                               WHERE p.destination = l.destination AND p.receipt IS NULL AND p.failed_reason IS NULL))
        UPDATE outbox_messages m SET claimed_by = @claimer, claimed_until = @until
        FROM locked l, claimable c, digests d
        WHERE m.id = l.id AND l.destination = c.destination AND d.id = m.digest_id
        RETURNING {OutboxRows.MessageColumns};
        """;

    private const string HeldElsewhereSql = """
        SELECT MIN(claimed_until) FROM outbox_messages
        WHERE receipt IS NULL AND failed_reason IS NULL AND claimed_by <> @claimer AND claimed_until > @now;
        """;

    public static async Task<OutboxClaim> ClaimAsync(PostgresDatabase database, string claimer, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimer);
        var until = now + lease;
        await using var connection = await database.OpenAsync(cancellationToken);
        IReadOnlyList<OutboxMessage> messages;
        // One statement, so autocommit is its transaction and the row locks end with it.
        await using (var claim = new NpgsqlCommand(ClaimSql, connection))
        {
            claim.AddText("claimer", claimer);
            claim.AddTime("now", now);
            claim.AddTime("until", until);
            messages = await OutboxRows.ReadMessagesAsync(claim, cancellationToken);
        }

        await using var elsewhere = new NpgsqlCommand(HeldElsewhereSql, connection);
        elsewhere.AddText("claimer", claimer);
        elsewhere.AddTime("now", now);
        var heldUntil = await elsewhere.ExecuteScalarAsync(cancellationToken) is long ms ? UnixTime.FromMilliseconds(ms) : (DateTimeOffset?)null;
        return new OutboxClaim([.. messages.OrderBy(m => m.DigestId).ThenBy(m => m.Sequence)], until, heldUntil);
    }

    public static async Task<DateTimeOffset?> ExtendAsync(
        PostgresDatabase database, string claimer, string destination, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimer);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var extend = new NpgsqlCommand("""
            UPDATE outbox_messages SET claimed_until = @until
            WHERE receipt IS NULL AND failed_reason IS NULL AND destination = @destination AND claimed_by = @claimer;
            """, connection);
        extend.AddTime("until", until);
        extend.AddText("destination", destination);
        extend.AddText("claimer", claimer);
        return await extend.ExecuteNonQueryAsync(cancellationToken) > 0 ? until : null;
    }
}
