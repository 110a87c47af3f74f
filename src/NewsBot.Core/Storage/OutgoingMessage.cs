namespace NewsBot.Core.Storage;

/// <summary>One message waiting in the outbox, in terms the store need not understand.</summary>
/// <param name="Destination">Where it goes, in the delivery unit's terms (for Discord, a channel id).</param>
/// <param name="Payload">The message as the delivery unit wrote it; the store keeps it unread and gives it back unchanged.</param>
public sealed record OutgoingMessage(string Destination, string Payload);
