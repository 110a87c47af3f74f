using Microsoft.Extensions.Options;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Stories;

/// <summary>
/// Which other outlets already ran the stories of articles read just now (<c>/feed test</c>): the server's stored
/// articles of the last Stories:MemoryHours are clustered with them by the digest's clusterer, so a preview shows a story
/// with all its outlets, as the digest's edited message would.
/// </summary>
public sealed class EarlierCoverage(IArticleStore articles, IOptions<StoryMemoryOptions> options, TimeProvider time)
{
    // As in a digest window: clustering cost grows with the square of its input.
    private const int MaxStoredArticles = 200;

    /// <returns>For each of <paramref name="read"/>, in order, the other outlets that ran its story.</returns>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> AlsoInAsync(
        IReadOnlyList<StoryCandidate> read, IReadOnlyCollection<string> serverFeeds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(serverFeeds);
        var now = time.GetUtcNow();
        var stored = serverFeeds.Count == 0 || options.Value.MemoryHours == 0
            ? []
            : await articles.ListForFeedsAsync(serverFeeds, now - TimeSpan.FromHours(options.Value.MemoryHours), now, cancellationToken);
        var readKeys = read.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var candidates = stored
            .OrderByDescending(s => s.FirstSeenAt)
            .Take(MaxStoredArticles)
            .Select(DigestSelector.Candidate)
            .Where(c => !readKeys.Contains(c.Key))
            .Concat(read)
            .ToList();
        var clusterOf = new StoryClusterer().Cluster(candidates)
            .SelectMany(c => c.Members.Select(m => (m.Key, Cluster: c)))
            .ToDictionary(p => p.Key, p => p.Cluster, StringComparer.Ordinal);
        return [.. read.Select(r => (clusterOf[r.Key] with { Representative = r }).AlsoIn)];
    }
}
