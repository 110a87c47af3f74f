using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// The outbox on SQLite: digests stored with their messages (<see cref="SqliteDigests"/>), then each message's fate as
/// the sender learns it (sent, to retry, failed, dropped); claims between instances are <see cref="SqliteOutboxClaims"/>.
/// </summary>
internal sealed class SqliteOutbox(SqliteDatabase database, TimeProvider timeProvider) : IOutbox
{
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
            await TopicStatements.MarkDigestedAsync(write, window.TopicId, window.WindowEnd, cancellationToken);
        var (digest, _) = await SqliteDigests.CreateAsync(write, idempotencyKey, messages, timeProvider.GetUtcNow(), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return digest;
    }

    public async Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {OutboxRows.MessageColumns} {OutboxRows.FromMessages}
            WHERE m.receipt IS NULL AND m.failed_reason IS NULL
            ORDER BY m.digest_id, m.sequence;
            """;
        return await OutboxRows.ReadMessagesAsync(command, cancellationToken);
    }

    public Task<OutboxClaim> ClaimPendingAsync(string claimer, TimeSpan lease, CancellationToken cancellationToken) =>
        SqliteOutboxClaims.ClaimAsync(database, claimer, timeProvider.GetUtcNow(), lease, cancellationToken);

    public Task<DateTimeOffset?> ExtendClaimAsync(string claimer, string destination, TimeSpan lease, CancellationToken cancellationToken) =>
        SqliteOutboxClaims.ExtendAsync(database, claimer, destination, timeProvider.GetUtcNow() + lease, cancellationToken);

    public async Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(receipt);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("""
            UPDATE outbox_messages SET receipt = $receipt, sent_at = $sentAt
            WHERE id = $id AND receipt IS NULL;
            """);
        command.Parameters.AddWithValue("$receipt", receipt);
        command.Parameters.AddWithValue("$sentAt", UnixTime.ToMilliseconds(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$id", messageId);
        var updated = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        await write.CommitAsync(cancellationToken);
        return updated;
    }

    public async Task MarkAttemptFailedAsync(long messageId, string error, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("""
            UPDATE outbox_messages SET attempts = attempts + 1, retry_at = $retryAt, last_error = $error
            WHERE id = $id AND receipt IS NULL AND failed_reason IS NULL;
            """);
        command.Parameters.AddWithValue("$id", messageId);
        command.Parameters.AddWithValue("$retryAt", UnixTime.ToMilliseconds(retryAt));
        command.Parameters.AddWithValue("$error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        // One statement, so a crash cannot leave half a digest given up. The later messages say why they were dropped;
        // messages already sent or already given up keep what they have.
        await using var command = write.CreateCommand("""
            UPDATE outbox_messages
            SET failed_reason = CASE WHEN id = $id THEN $reason ELSE $laterReason END
            WHERE receipt IS NULL AND failed_reason IS NULL
              AND digest_id = (SELECT digest_id FROM outbox_messages WHERE id = $id)
              AND sequence >= (SELECT sequence FROM outbox_messages WHERE id = $id);
            """);
        command.Parameters.AddWithValue("$id", messageId);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$laterReason", "an earlier message of the digest failed: " + reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    public async Task MarkDroppedAsync(long messageId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("UPDATE outbox_messages SET failed_reason = $reason WHERE id = $id AND receipt IS NULL AND failed_reason IS NULL;");
        command.Parameters.AddWithValue("$id", messageId);
        command.Parameters.AddWithValue("$reason", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string destination, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sent_at FROM outbox_messages WHERE destination = $destination AND sent_at >= $since ORDER BY sent_at;";
        command.Parameters.AddWithValue("$destination", destination);
        command.Parameters.AddWithValue("$since", UnixTime.ToMilliseconds(since));
        var sent = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            sent.Add(UnixTime.FromMilliseconds(reader.GetInt64(0)));
        return sent;
    }

    public async Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteDigests.DigestMessagesSql;
        command.Parameters.AddWithValue("$id", digestId);
        return await OutboxRows.ReadMessagesAsync(command, cancellationToken);
    }
}
