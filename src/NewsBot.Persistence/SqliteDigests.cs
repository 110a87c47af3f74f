using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// A digest and its messages written inside the caller's write transaction, once per idempotency key: the outbox stores
/// a digest alone, the story memory together with the stories it delivered.
/// </summary>
internal static class SqliteDigests
{
    public const string DigestMessagesSql = $"SELECT {OutboxRows.MessageColumns} {OutboxRows.FromMessages} WHERE m.digest_id = $id ORDER BY m.sequence;";

    /// <summary>
    /// Stores the digest inside the caller's write transaction (the story memory writes its stories in the same one);
    /// an existing key returns that digest with <c>Created</c> false.
    /// </summary>
    public static async Task<(StoredDigest Digest, bool Created)> CreateAsync(
        WriteTransaction write, string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var (connection, transaction) = (write.Connection, write.Transaction);
        var existing = await FindDigestAsync(connection, transaction, idempotencyKey, cancellationToken);
        if (existing is not null)
            return (existing, false);

        long digestId;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO digests (idempotency_key, created_at) VALUES ($key, $createdAt) RETURNING id;";
            insert.Parameters.AddWithValue("$key", idempotencyKey);
            insert.Parameters.AddWithValue("$createdAt", UnixTime.ToMilliseconds(createdAt));
            digestId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        for (var sequence = 0; sequence < messages.Count; sequence++)
            await InsertMessageAsync(connection, transaction, digestId, sequence, messages[sequence], cancellationToken);

        return ((await FindDigestAsync(connection, transaction, idempotencyKey, cancellationToken))!, true);
    }

    private static async Task InsertMessageAsync(
        SqliteConnection connection, SqliteTransaction transaction, long digestId, int sequence, OutgoingMessage message, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO outbox_messages (digest_id, sequence, destination, payload)
            VALUES ($digestId, $sequence, $destination, $payload);
            """;
        command.Parameters.AddWithValue("$digestId", digestId);
        command.Parameters.AddWithValue("$sequence", sequence);
        command.Parameters.AddWithValue("$destination", message.Destination);
        command.Parameters.AddWithValue("$payload", message.Payload);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<StoredDigest?> FindDigestAsync(
        SqliteConnection connection, SqliteTransaction transaction, string idempotencyKey, CancellationToken cancellationToken)
    {
        long id;
        long createdAt;
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = "SELECT id, created_at FROM digests WHERE idempotency_key = $key;";
            find.Parameters.AddWithValue("$key", idempotencyKey);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            id = reader.GetInt64(0);
            createdAt = reader.GetInt64(1);
        }

        await using var messages = connection.CreateCommand();
        messages.Transaction = transaction;
        messages.CommandText = DigestMessagesSql;
        messages.Parameters.AddWithValue("$id", id);
        return new StoredDigest(id, idempotencyKey, UnixTime.FromMilliseconds(createdAt), await OutboxRows.ReadMessagesAsync(messages, cancellationToken));
    }
}
