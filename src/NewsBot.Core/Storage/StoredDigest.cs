namespace NewsBot.Core.Storage;

public sealed record StoredDigest(long Id, string IdempotencyKey, DateTimeOffset CreatedAt, IReadOnlyList<OutboxMessage> Messages);
