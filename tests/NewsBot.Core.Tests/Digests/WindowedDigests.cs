using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

/// <summary>
/// Replays the invented week as a bot would meet it: each article arrives in the digest window it was published in, is
/// matched against the stories delivered within the memory, and joins one or starts a new one. The stories at the end
/// are the clusters scored, so a wrong cross-window join costs precision as a wrong merge does.
/// </summary>
internal static class WindowedDigests
{
    public static IReadOnlyList<StoryCluster> Replay(IReadOnlyList<StoryCandidate> articles, TimeSpan window, TimeSpan memory)
    {
        var matcher = new StoryMemoryMatcher(new StoryClusterer());
        var stories = new List<(long Id, List<StoryCandidate> Members, DateTimeOffset LastSeen)>();
        var ordered = articles.OrderBy(a => a.Published).ToList();
        var start = ordered[0].Published!.Value;
        for (var windowStart = start; ordered.Count > 0; windowStart += window)
        {
            var windowEnd = windowStart + window;
            var fresh = ordered.TakeWhile(a => a.Published < windowEnd).ToList();
            ordered.RemoveRange(0, fresh.Count);
            var earlier = stories.Where(s => s.LastSeen >= windowEnd - memory).Select(s => new EarlierStory(s.Id, s.Members)).ToList();
            var match = matcher.Match(fresh, earlier);
            foreach (var join in match.Joins)
            {
                var index = stories.FindIndex(s => s.Id == join.StoryId);
                stories[index] = (join.StoryId, [.. stories[index].Members, .. join.Articles], windowEnd);
            }
            stories.AddRange(match.NewStories.Select(c => ((long)stories.Count + 1, c.Members.ToList(), windowEnd)));
        }
        return [.. stories.Select(s => new StoryCluster(s.Members[0], s.Members))];
    }
}
