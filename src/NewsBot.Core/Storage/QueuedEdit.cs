namespace NewsBot.Core.Storage;

/// <summary>An edit of an earlier message, stored in the outbox as a one-message digest under its own key.</summary>
public sealed record QueuedEdit(string IdempotencyKey, OutgoingMessage Message);
