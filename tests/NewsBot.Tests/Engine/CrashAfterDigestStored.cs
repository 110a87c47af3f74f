using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

/// <summary>
/// The real outbox, except that the first digest stored makes the publisher "crash" right after the write returns and before
/// anything else of that digest happens: the moment at which its window must already be marked.
/// </summary>
internal sealed class CrashAfterDigestStored(IOutbox inner) : DelegatingOutbox(inner)
{
    public int Crashes { get; private set; }

    public override async Task<StoredDigest> CreateDigestAsync(string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        CrashOnce(await Inner.CreateDigestAsync(idempotencyKey, messages, cancellationToken));

    public override async Task<StoredDigest> CreateDigestForWindowAsync(
        string idempotencyKey, IReadOnlyList<OutgoingMessage> messages, TopicWindowDone window, CancellationToken cancellationToken) =>
        CrashOnce(await Inner.CreateDigestForWindowAsync(idempotencyKey, messages, window, cancellationToken));

    private StoredDigest CrashOnce(StoredDigest digest)
    {
        if (Crashes > 0 || !digest.IdempotencyKey.StartsWith("digest:", StringComparison.Ordinal))
            return digest;
        Crashes++;
        throw new OperationCanceledException("simulated crash right after the digest was stored");
    }
}
