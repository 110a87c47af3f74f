using NewsBot.Core.Storage;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

internal sealed class PostgresOutbox(PostgresDatabase database, TimeProvider timeProvider) : IOutbox
{
    private const string DigestMessagesSql =
        $"SELECT {OutboxRows.MessageColumns} {OutboxRows.FromMessages} WHERE m.digest_id = @id ORDER BY m.sequence;";

    private const string DigestKeys = "digests.idempotency_key";

    public Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        CreateAsync(idempotencyKey, messages, null, cancellationToken);

    public Task<StoredDigest> CreateDigestForWindowAsync(
        string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, TopicWindowDone window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        return CreateAsync(idempotencyKey, messages, window, cancellationToken);
    }

    private async Task<StoredDigest> CreateAsync(
        string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, TopicWindowDone? window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentNullException.ThrowIfNull(messages);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        if (window is not null)
            await PostgresTopicStatements.MarkDigestedAsync(write, window.TopicId, window.WindowEnd, cancellationToken);
        var (digest, _) = await CreateInTransactionAsync(write, idempotencyKey, messages, timeProvider.GetUtcNow(), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return digest;
    }

    /// <summary>
    /// Stores the digest inside the caller's transaction; an existing key returns that digest with <c>Created</c> false.
    /// Two instances storing the same key queue on its advisory lock, so the second finds the first's digest.
    /// </summary>
    internal static async Task<(StoredDigest Digest, bool Created)> CreateInTransactionAsync(
        PostgresWrite write, string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await write.LockAsync(DigestKeys, idempotencyKey, cancellationToken);
        var existing = await FindDigestAsync(write, idempotencyKey, cancellationToken);
        if (existing is not null)
            return (existing, false);

        await using (var insert = write.CreateCommand("""
            WITH digest AS (INSERT INTO digests (idempotency_key, created_at) VALUES (@key, @createdAt) RETURNING id)
            INSERT INTO outbox_messages (digest_id, sequence, destination, payload)
            SELECT digest.id, m.sequence - 1, m.destination, m.payload
            FROM digest, unnest(@destinations, @payloads) WITH ORDINALITY AS m (destination, payload, sequence);
            """))
        {
            insert.AddText("key", idempotencyKey);
            insert.AddTime("createdAt", createdAt);
            insert.AddTextArray("destinations", messages.Select(m => m.Destination));
            insert.AddTextArray("payloads", messages.Select(m => m.Payload));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return ((await FindDigestAsync(write, idempotencyKey, cancellationToken))!, true);
    }

    public async Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT {OutboxRows.MessageColumns} {OutboxRows.FromMessages}
            WHERE m.receipt IS NULL AND m.failed_reason IS NULL
            ORDER BY m.digest_id, m.sequence;
            """, connection);
        return await OutboxRows.ReadMessagesAsync(command, cancellationToken);
    }

    public Task<OutboxClaim> ClaimPendingAsync(string claimer, TimeSpan lease, CancellationToken cancellationToken) =>
        PostgresOutboxClaims.ClaimAsync(database, claimer, timeProvider.GetUtcNow(), lease, cancellationToken);

    public Task<DateTimeOffset?> ExtendClaimAsync(string claimer, string destination, TimeSpan lease, CancellationToken cancellationToken) =>
        PostgresOutboxClaims.ExtendAsync(database, claimer, destination, timeProvider.GetUtcNow() + lease, cancellationToken);

    public async Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(receipt);
        return await ExecuteAsync("""
            UPDATE outbox_messages SET receipt = @receipt, sent_at = @sentAt
            WHERE id = @id AND receipt IS NULL;
            """, command =>
        {
            command.AddText("receipt", receipt);
            command.AddTime("sentAt", timeProvider.GetUtcNow());
            command.AddLong("id", messageId);
        }, cancellationToken) == 1;
    }

    public async Task MarkAttemptFailedAsync(long messageId, string error, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        await ExecuteAsync("""
            UPDATE outbox_messages SET attempts = attempts + 1, retry_at = @retryAt, last_error = @error
            WHERE id = @id AND receipt IS NULL AND failed_reason IS NULL;
            """, command =>
        {
            command.AddLong("id", messageId);
            command.AddTime("retryAt", retryAt);
            command.AddText("error", error);
        }, cancellationToken);
    }

    public async Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        // One statement, so a crash cannot leave half a digest given up (see SqliteOutbox.MarkFailedAsync).
        await ExecuteAsync("""
            UPDATE outbox_messages
            SET failed_reason = CASE WHEN id = @id THEN @reason ELSE @laterReason END
            WHERE receipt IS NULL AND failed_reason IS NULL
              AND digest_id = (SELECT digest_id FROM outbox_messages WHERE id = @id)
              AND sequence >= (SELECT sequence FROM outbox_messages WHERE id = @id);
            """, command =>
        {
            command.AddLong("id", messageId);
            command.AddText("reason", reason);
            command.AddText("laterReason", "an earlier message of the digest failed: " + reason);
        }, cancellationToken);
    }

    public async Task MarkDroppedAsync(long messageId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await ExecuteAsync("UPDATE outbox_messages SET failed_reason = @reason WHERE id = @id AND receipt IS NULL AND failed_reason IS NULL;", command =>
        {
            command.AddLong("id", messageId);
            command.AddText("reason", reason);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string destination, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT sent_at FROM outbox_messages WHERE destination = @destination AND sent_at >= @since ORDER BY sent_at;", connection);
        command.AddText("destination", destination);
        command.AddTime("since", since);
        var sent = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            sent.Add(UnixTime.FromMilliseconds(reader.GetInt64(0)));
        return sent;
    }

    public async Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DigestMessagesSql, connection);
        command.AddLong("id", digestId);
        return await OutboxRows.ReadMessagesAsync(command, cancellationToken);
    }

    // One statement each, so autocommit is the transaction.
    private async Task<int> ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<StoredDigest?> FindDigestAsync(PostgresWrite write, string idempotencyKey, CancellationToken cancellationToken)
    {
        long id;
        long createdAt;
        await using (var find = write.CreateCommand("SELECT id, created_at FROM digests WHERE idempotency_key = @key;"))
        {
            find.AddText("key", idempotencyKey);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            id = reader.GetInt64(0);
            createdAt = reader.GetInt64(1);
        }

        await using var messages = write.CreateCommand(DigestMessagesSql);
        messages.AddLong("id", id);
        return new StoredDigest(id, idempotencyKey, UnixTime.FromMilliseconds(createdAt), await OutboxRows.ReadMessagesAsync(messages, cancellationToken));
    }
}
