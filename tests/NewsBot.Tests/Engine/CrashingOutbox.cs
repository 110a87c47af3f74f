using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

/// <summary>
/// The real outbox, except that the process "dies" right after Discord accepted a message and before its id was
/// recorded: the worst moment for exactly-once delivery.
/// </summary>
internal sealed class CrashingOutbox(IOutbox inner) : IOutbox
{
    public int Crashes { get; private set; }

    public Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        inner.CreateDigestAsync(idempotencyKey, messages, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken) => inner.PendingMessagesAsync(cancellationToken);

    public Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken)
    {
        Crashes++;
        throw new OperationCanceledException("simulated crash between sending and recording");
    }

    public Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken) =>
        inner.MarkFailedAsync(messageId, reason, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken) =>
        inner.DigestMessagesAsync(digestId, cancellationToken);
}
