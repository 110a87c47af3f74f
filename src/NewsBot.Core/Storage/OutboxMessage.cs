namespace NewsBot.Core.Storage;

/// <summary>A message of a stored digest; <see cref="Receipt"/> is null until it was delivered.</summary>
/// <param name="Receipt">What the delivery unit recorded on delivery (where the message landed); the store keeps it unread.</param>
public sealed record OutboxMessage(
    long Id,
    long DigestId,
    int Sequence,
    OutgoingMessage Message,
    string? Receipt,
    DateTimeOffset? SentAt)
{
    /// <summary>When its digest was stored.</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>Sends that failed in a way that may pass later (see <see cref="IOutbox.MarkAttemptFailedAsync"/>).</summary>
    public int Attempts { get; init; }

    /// <summary>Not to be tried before this time; null when it may be sent now.</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
