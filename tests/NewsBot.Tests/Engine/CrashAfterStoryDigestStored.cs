using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

/// <summary>
/// The real story memory, except that the first digest it stores makes the publisher "crash" right after the write returns
/// and before anything else of that digest happens: the moment at which its window, stories and edits must all be stored.
/// </summary>
internal sealed class CrashAfterStoryDigestStored(IStoryMemory inner) : IStoryMemory
{
    public int Crashes { get; private set; }

    public Task<IReadOnlyList<RememberedStory>> RecentAsync(long topicId, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.RecentAsync(topicId, since, cancellationToken);

    public Task<IReadOnlyList<RememberedStory>> InMessageAsync(long digestId, int sequence, CancellationToken cancellationToken) =>
        inner.InMessageAsync(digestId, sequence, cancellationToken);

    public async Task<StoredDigest> RecordDigestAsync(StoryDigest digest, CancellationToken cancellationToken)
    {
        var stored = await inner.RecordDigestAsync(digest, cancellationToken);
        if (Crashes > 0)
            return stored;
        Crashes++;
        throw new OperationCanceledException("simulated crash right after the digest was stored");
    }

    public Task MarkUneditableAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken) =>
        inner.MarkUneditableAsync(storyIds, cancellationToken);

    public Task MoveToThreadAsync(IReadOnlyCollection<long> storyIds, string threadId, CancellationToken cancellationToken) =>
        inner.MoveToThreadAsync(storyIds, threadId, cancellationToken);

    public Task<int> PruneOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        inner.PruneOlderThanAsync(cutoff, cancellationToken);
}
