namespace NewsBot.Core.Storage;

/// <summary>A message of a stored digest; <see cref="DiscordMessageId"/> is null until it was sent.</summary>
public sealed record OutboxMessage(
    long Id,
    long DigestId,
    int Sequence,
    OutgoingMessage Message,
    string? DiscordMessageId,
    DateTimeOffset? SentAt);
