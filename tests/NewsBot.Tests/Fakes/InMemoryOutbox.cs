using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The outbox port in memory, with its promises: idempotent digests, ordered pending messages, sent recorded once,
/// a failure giving up the rest of its digest, a window marked with its digest (in <paramref name="topics"/>). Reads yield
/// first, so concurrent dispatches really interleave.
/// </summary>
internal sealed class InMemoryOutbox(TimeProvider? time = null, InMemoryTopicStore? topics = null) : IOutbox
{
    private readonly Lock _gate = new();
    private readonly List<StoredDigest> _digests = [];
    private readonly Dictionary<long, OutboxMessage> _messages = [];
    private readonly Dictionary<long, string> _failures = [];
    private readonly Dictionary<long, (string By, DateTimeOffset Until)> _claims = [];
    private long _nextId;

    public IReadOnlyDictionary<long, string> Failures
    {
        get { lock (_gate) return new Dictionary<long, string>(_failures); }
    }

    /// <summary>Every digest with its messages as they stand now, oldest first.</summary>
    public IReadOnlyList<StoredDigest> Digests
    {
        get { lock (_gate) return [.. _digests.Select(d => d with { Messages = MessagesOf(d.Id) })]; }
    }

    public int DigestCount
    {
        get { lock (_gate) return _digests.Count; }
    }

    public IReadOnlyList<OutboxMessage> All
    {
        get { lock (_gate) return [.. _messages.Values.OrderBy(m => m.DigestId).ThenBy(m => m.Sequence)]; }
    }

    public async Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            if (_digests.FirstOrDefault(d => d.IdempotencyKey == idempotencyKey) is { } existing)
                return existing with { Messages = MessagesOf(existing.Id) };
            var digestId = ++_nextId;
            foreach (var (message, sequence) in messages.Select((m, i) => (m, i)))
            {
                var id = ++_nextId;
                _messages[id] = new OutboxMessage(id, digestId, sequence, message, null, null) { QueuedAt = Now };
            }
            var digest = new StoredDigest(digestId, idempotencyKey, Now, MessagesOf(digestId));
            _digests.Add(digest);
            return digest;
        }
    }

    public async Task<StoredDigest> CreateDigestForWindowAsync(
        string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, TopicWindowDone window, CancellationToken cancellationToken)
    {
        var store = topics ?? throw new InvalidOperationException("This fake outbox was made without the topic store its windows live in.");
        await store.MarkDigestedAsync(window.TopicId, window.WindowEnd, cancellationToken);
        return await CreateDigestAsync(idempotencyKey, messages, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> PendingMessagesAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
            return PendingNow();
    }

    public async Task<OutboxClaim> ClaimPendingAsync(string claimer, TimeSpan lease, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            var (now, until) = (Now, Now + lease);
            var pending = PendingNow();
            var heldElsewhere = pending.Where(m => HeldByOther(m.Id, claimer, now)).ToList();
            var held = heldElsewhere.Select(m => m.Message.Destination).ToHashSet(StringComparer.Ordinal);
            var claimed = pending.Where(m => !held.Contains(m.Message.Destination)).ToList();
            foreach (var message in claimed)
                _claims[message.Id] = (claimer, until);
            DateTimeOffset? heldUntil = heldElsewhere.Count == 0 ? null : heldElsewhere.Min(m => _claims[m.Id].Until);
            return new OutboxClaim(claimed, until, heldUntil);
        }
    }

    public async Task<DateTimeOffset?> ExtendClaimAsync(string claimer, string destination, TimeSpan lease, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            var mine = PendingNow().Where(m => m.Message.Destination == destination && _claims.TryGetValue(m.Id, out var c) && c.By == claimer).ToList();
            foreach (var message in mine)
                _claims[message.Id] = (claimer, Now + lease);
            return mine.Count == 0 ? null : Now + lease;
        }
    }

    public async Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            var message = _messages[messageId];
            if (message.Receipt is not null)
                return false;
            _messages[messageId] = message with { Receipt = receipt, SentAt = Now };
            return true;
        }
    }

    public async Task MarkAttemptFailedAsync(long messageId, string error, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            var message = _messages[messageId];
            if (message.Receipt is null && !_failures.ContainsKey(messageId))
                _messages[messageId] = message with { Attempts = message.Attempts + 1, RetryAt = retryAt };
        }
    }

    public async Task MarkFailedAsync(long messageId, string reason, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            var failed = _messages[messageId];
            foreach (var rest in _messages.Values.Where(m => m.DigestId == failed.DigestId && m.Sequence >= failed.Sequence && m.Receipt is null))
                _failures[rest.Id] = reason;
        }
    }

    public async Task MarkDroppedAsync(long messageId, string reason, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            if (_messages[messageId].Receipt is null)
                _failures.TryAdd(messageId, reason);
        }
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string destination, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
            return [.. _messages.Values.Where(m => m.Message.Destination == destination && m.SentAt >= since).Select(m => m.SentAt!.Value).Order()];
    }

    public async Task<IReadOnlyList<OutboxMessage>> DigestMessagesAsync(long digestId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
            return MessagesOf(digestId);
    }

    private List<OutboxMessage> PendingNow() => [.. All.Where(m => m.Receipt is null && !_failures.ContainsKey(m.Id))];

    private bool HeldByOther(long messageId, string claimer, DateTimeOffset now) =>
        _claims.TryGetValue(messageId, out var claim) && claim.By != claimer && claim.Until > now;

    private DateTimeOffset Now => time?.GetUtcNow() ?? DateTimeOffset.UnixEpoch;

    private List<OutboxMessage> MessagesOf(long digestId) =>
        [.. _messages.Values.Where(m => m.DigestId == digestId).OrderBy(m => m.Sequence)];
}
