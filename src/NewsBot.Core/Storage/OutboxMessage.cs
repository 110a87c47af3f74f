namespace NewsBot.Core.Storage;

/// <summary>A message of a stored digest; <see cref="Receipt"/> is null until it was delivered.</summary>
/// <param name="Receipt">What the delivery unit recorded on delivery (where the message landed); the store keeps it unread.</param>
public sealed record OutboxMessage(
    long Id,
    long DigestId,
    int Sequence,
    OutgoingMessage Message,
    string? Receipt,
    DateTimeOffset? SentAt);
