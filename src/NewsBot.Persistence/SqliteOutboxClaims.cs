using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// The outbox claim on SQLite: the single writer makes each claim one serialized transaction, so the columns and the rule
/// are PostgreSQL's (<see cref="Postgres.PostgresOutboxClaims"/>) without its row locks.
/// </summary>
internal static class SqliteOutboxClaims
{
    private const string Pending = "receipt IS NULL AND failed_reason IS NULL";

    public static async Task<OutboxClaim> ClaimAsync(SqliteDatabase database, string claimer, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimer);
        var until = now + lease;
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var claim = write.CreateCommand($"""
            UPDATE outbox_messages SET claimed_by = $claimer, claimed_until = $until
            WHERE {Pending} AND destination NOT IN (
                SELECT destination FROM outbox_messages WHERE {Pending} AND claimed_by <> $claimer AND claimed_until > $now);
            """))
        {
            claim.Parameters.AddWithValue("$claimer", claimer);
            claim.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
            claim.Parameters.AddWithValue("$until", UnixTime.ToMilliseconds(until));
            await claim.ExecuteNonQueryAsync(cancellationToken);
        }

        IReadOnlyList<OutboxMessage> messages;
        await using (var read = write.CreateCommand($"""
            SELECT {OutboxRows.MessageColumns} {OutboxRows.FromMessages}
            WHERE m.receipt IS NULL AND m.failed_reason IS NULL AND m.claimed_by = $claimer AND m.claimed_until = $until
            ORDER BY m.digest_id, m.sequence;
            """))
        {
            read.Parameters.AddWithValue("$claimer", claimer);
            read.Parameters.AddWithValue("$until", UnixTime.ToMilliseconds(until));
            messages = await OutboxRows.ReadMessagesAsync(read, cancellationToken);
        }

        await using var elsewhere = write.CreateCommand($"SELECT MIN(claimed_until) FROM outbox_messages WHERE {Pending} AND claimed_by <> $claimer AND claimed_until > $now;");
        elsewhere.Parameters.AddWithValue("$claimer", claimer);
        elsewhere.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        var heldUntil = await elsewhere.ExecuteScalarAsync(cancellationToken) is long ms ? UnixTime.FromMilliseconds(ms) : (DateTimeOffset?)null;
        await write.CommitAsync(cancellationToken);
        return new OutboxClaim(messages, until, heldUntil);
    }

    public static async Task<DateTimeOffset?> ExtendAsync(
        SqliteDatabase database, string claimer, string destination, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimer);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var extend = write.CreateCommand($"UPDATE outbox_messages SET claimed_until = $until WHERE {Pending} AND destination = $destination AND claimed_by = $claimer;");
        extend.Parameters.AddWithValue("$claimer", claimer);
        extend.Parameters.AddWithValue("$until", UnixTime.ToMilliseconds(until));
        extend.Parameters.AddWithValue("$destination", destination);
        var extended = await extend.ExecuteNonQueryAsync(cancellationToken) > 0;
        await write.CommitAsync(cancellationToken);
        return extended ? until : null;
    }
}
