using System.Data.Common;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Maps outbox rows shaped by the outbox stores' column list back to messages, for both providers.</summary>
internal static class OutboxRows
{
    /// <summary>The columns <see cref="ReadMessagesAsync"/> reads, in its order, over <see cref="FromMessages"/>.</summary>
    public const string MessageColumns =
        "m.id, m.digest_id, m.sequence, m.destination, m.payload, m.receipt, m.sent_at, d.created_at, m.attempts, m.retry_at";

    public const string FromMessages = "FROM outbox_messages m JOIN digests d ON d.id = m.digest_id";

    public static async Task<IReadOnlyList<OutboxMessage>> ReadMessagesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxMessage(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt32(2),
                new OutgoingMessage(reader.GetString(3), reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : UnixTime.FromMilliseconds(reader.GetInt64(6)))
            {
                QueuedAt = UnixTime.FromMilliseconds(reader.GetInt64(7)),
                Attempts = reader.GetInt32(8),
                RetryAt = reader.IsDBNull(9) ? null : UnixTime.FromMilliseconds(reader.GetInt64(9)),
            });
        }
        return messages;
    }
}
