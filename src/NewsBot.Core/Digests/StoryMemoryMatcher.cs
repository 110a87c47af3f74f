namespace NewsBot.Core.Digests;

/// <summary>
/// Matches a window's new articles against stories earlier digests delivered with the same clusterer and threshold as
/// within a digest: the earlier stories' articles are clustered together with the new ones (oldest first, so they lead),
/// and a new article that lands in a cluster holding an earlier story's articles joins that story.
/// </summary>
public sealed class StoryMemoryMatcher(StoryClusterer clusterer)
{
    public StoryMatch Match(IReadOnlyList<StoryCandidate> fresh, IReadOnlyList<EarlierStory> earlier)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(earlier);
        var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var story in earlier)
        {
            foreach (var member in story.Members)
                storyOf.TryAdd(member.Key, story.Id);
        }
        // An article an earlier story already holds is not new coverage of it.
        var candidates = earlier.SelectMany(s => s.Members).DistinctBy(m => m.Key, StringComparer.Ordinal)
            .Concat(fresh.Where(f => !storyOf.ContainsKey(f.Key)))
            .ToList();

        var newStories = new List<StoryCluster>();
        var joins = new Dictionary<long, List<StoryCandidate>>();
        foreach (var cluster in clusterer.Cluster(candidates))
        {
            var added = cluster.Members.Where(m => !storyOf.ContainsKey(m.Key)).ToList();
            if (added.Count == 0)
                continue;
            if (Owner(cluster, storyOf) is { } storyId)
            {
                if (!joins.TryGetValue(storyId, out var list))
                    joins[storyId] = list = [];
                list.AddRange(added);
            }
            else
            {
                newStories.Add(cluster);
            }
        }
        return new StoryMatch(newStories, [.. joins.OrderBy(j => j.Key).Select(j => new StoryJoin(j.Key, j.Value))]);
    }

    /// <summary>The earlier story most of the cluster's earlier articles belong to (the oldest on a tie); null for none.</summary>
    private static long? Owner(StoryCluster cluster, Dictionary<string, long> storyOf)
    {
        var owners = cluster.Members
            .Where(m => storyOf.ContainsKey(m.Key))
            .GroupBy(m => storyOf[m.Key])
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .ToList();
        return owners.Count == 0 ? null : owners[0].Key;
    }
}
