using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Retention;

/// <summary>
/// Deletes what the retention settings no longer keep (articles with their text, seen identities, finished digests,
/// topic history, pauses of feeds a server no longer follows, stories past Stories:MemoryHours) and reports the database's
/// size afterwards.
/// </summary>
public sealed partial class RetentionPruner(
    IRetentionStore store,
    IFeedSubscriptionStore subscriptions,
    IStoryMemory stories,
    IOptions<RetentionOptions> options,
    IOptions<StoryMemoryOptions> storyOptions,
    TimeProvider time,
    ILogger<RetentionPruner> logger)
{
    public async Task<PruneCounts> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var counts = await store.PruneAsync(options.Value.CutoffsAt(now), cancellationToken);
        var pauses = await subscriptions.ForgetUnfollowedAsync(cancellationToken);
        // A story no longer matched is no longer needed: the memory's own setting says when.
        var forgotten = await stories.PruneOlderThanAsync(now - TimeSpan.FromHours(storyOptions.Value.MemoryHours), cancellationToken);
        LogPruned(counts.Articles, counts.SeenItems, counts.Digests, counts.Messages, counts.Changes, pauses, forgotten, await store.MeasureAsync(cancellationToken));
        return counts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Pruned {Articles} articles, {SeenItems} seen items, {Digests} digests with {Messages} messages, {Changes} topic changes, {Pauses} pauses of unfollowed feeds, {Stories} remembered stories; database now {Size}")]
    private partial void LogPruned(int articles, int seenItems, int digests, int messages, int changes, int pauses, int stories, DatabaseSize size);
}
