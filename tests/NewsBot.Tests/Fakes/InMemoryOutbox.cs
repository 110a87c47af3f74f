using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>The outbox contract in memory: a digest key stored twice keeps the first digest.</summary>
internal sealed class InMemoryOutbox(TimeProvider time) : IOutbox
{
    private readonly Lock _gate = new();
    private readonly List<StoredDigest> _digests = [];
    private long _nextMessageId = 1;

    public IReadOnlyList<StoredDigest> Digests
    {
        get { lock (_gate) return [.. _digests]; }
    }

    public Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_digests.FirstOrDefault(d => d.IdempotencyKey == idempotencyKey) is { } existing)
                return Task.FromResult(existing);
            var id = _digests.Count + 1L;
            var stored = messages.Select((m, i) => new OutboxMessage(_nextMessageId++, id, i, m, null, null)).ToList();
            var digest = new StoredDigest(id, idempotencyKey, time.GetUtcNow(), stored);
            _digests.Add(digest);
            return Task.FromResult(digest);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _digests.SelectMany(d => d.Messages)]);
    }

    public Task<bool> MarkSentAsync(long messageId, string discordMessageId, string postedChannelId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never sends.");

    public Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never sends.");

    public Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _digests.Where(d => d.Id == digestId).SelectMany(d => d.Messages)]);
    }
}
