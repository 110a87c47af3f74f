namespace NewsBot.Core.Storage;

/// <summary>
/// Digests are stored before anything is sent, so a restart after a crash finishes what was started and sends nothing twice.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Stores the digest and its messages in order. When <paramref name="idempotencyKey"/> (topic + window) exists,
    /// returns the existing digest unchanged and ignores <paramref name="messages"/>.
    /// </summary>
    Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the digest as <see cref="CreateDigestAsync"/> does and, in the same transaction, marks the topic's window done as
    /// <see cref="ITopicStore.MarkDigestedAsync"/> does: a crash leaves both or neither, never a stored digest whose window
    /// comes round again in the next digest.
    /// </summary>
    Task<StoredDigest> CreateDigestForWindowAsync(
        string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, TopicWindowDone window, CancellationToken cancellationToken);

    /// <summary>Unsent messages of every digest, oldest digest first, in message order, whoever holds them.</summary>
    Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims for <paramref name="claimer"/>, for <paramref name="lease"/> from now, the pending messages of every destination
    /// where no other claimer holds a live lease: a destination is claimed whole, so its messages keep their order whichever
    /// instance sends them. Two instances claiming at once never get the same message; a lease that ran out (its instance
    /// died mid-send) is claimed again; the claimer's own live lease is renewed.
    /// </summary>
    Task<OutboxClaim> ClaimPendingAsync(string claimer, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Extends <paramref name="claimer"/>'s lease on the pending messages of <paramref name="destination"/> to
    /// <paramref name="lease"/> from now. Null when it holds none of them any more (another instance claimed them after the
    /// lease ran out, or they were all sent): the caller stops sending there.
    /// </summary>
    Task<DateTimeOffset?> ExtendClaimAsync(string claimer, string destination, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a message was delivered, with the delivery unit's <paramref name="receipt"/> (where it landed).
    /// Returns false, changing nothing, when it was already recorded. The first receipt wins whoever holds the lease: a
    /// claimer whose lease ran out still posted the message, and forgetting that would post it again.
    /// </summary>
    Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Records a send that failed in a way that may pass later: one more <see cref="OutboxMessage.Attempts"/>, the error, and
    /// the time before which it is not tried again. It stays pending.
    /// </summary>
    Task MarkAttemptFailedAsync(long messageId, string error, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>
    /// Gives up on a message the destination refused for good (channel deleted, no permission, invalid body): it leaves the
    /// pending list, keeps <paramref name="reason"/>, and the rest of its digest is given up with it.
    /// </summary>
    Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Gives up on this message alone, keeping <paramref name="reason"/>: for a crosspost Discord refused for good, whose
    /// message was posted all the same, so the digest's later messages and crossposts go on.
    /// </summary>
    Task MarkDroppedAsync(long messageId, string reason, CancellationToken cancellationToken);

    /// <summary>When the messages to <paramref name="destination"/> delivered at or after <paramref name="since"/> were sent (a queue's persisted rate budget).</summary>
    Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string destination, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The messages of a digest in order, sent or not (a later message may need where an earlier one landed).</summary>
    Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken);
}
