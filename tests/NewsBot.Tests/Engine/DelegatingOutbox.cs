using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

/// <summary>The real outbox passed through, for test outboxes that "crash" at one chosen moment.</summary>
internal abstract class DelegatingOutbox(IOutbox inner) : IOutbox
{
    protected IOutbox Inner => inner;

    public virtual Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        inner.CreateDigestAsync(idempotencyKey, messages, cancellationToken);

    public virtual Task<StoredDigest> CreateDigestForWindowAsync(
        string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, TopicWindowDone window, CancellationToken cancellationToken) =>
        inner.CreateDigestForWindowAsync(idempotencyKey, messages, window, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken) => inner.PendingMessagesAsync(cancellationToken);

    public Task<OutboxClaim> ClaimPendingAsync(string claimer, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.ClaimPendingAsync(claimer, lease, cancellationToken);

    public Task<DateTimeOffset?> ExtendClaimAsync(string claimer, string destination, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.ExtendClaimAsync(claimer, destination, lease, cancellationToken);

    public virtual Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken) =>
        inner.MarkSentAsync(messageId, receipt, cancellationToken);

    public Task MarkAttemptFailedAsync(long messageId, string error, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        inner.MarkAttemptFailedAsync(messageId, error, retryAt, cancellationToken);

    public Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken) =>
        inner.MarkFailedAsync(messageId, reason, cancellationToken);

    public Task MarkDroppedAsync(long messageId, string reason, CancellationToken cancellationToken) =>
        inner.MarkDroppedAsync(messageId, reason, cancellationToken);

    public Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string destination, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.SentSinceAsync(destination, since, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken) =>
        inner.DigestMessagesAsync(digestId, cancellationToken);
}
