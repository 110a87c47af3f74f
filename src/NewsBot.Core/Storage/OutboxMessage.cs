namespace NewsBot.Core.Storage;

/// <summary>A message of a stored digest; <see cref="DiscordMessageId"/> is null until it was sent.</summary>
/// <param name="PostedChannelId">Where it was posted: the channel, or the forum thread it started or joined.</param>
public sealed record OutboxMessage(
    long Id,
    long DigestId,
    int Sequence,
    OutgoingMessage Message,
    string? DiscordMessageId,
    DateTimeOffset? SentAt)
{
    public string? PostedChannelId { get; init; }
}
