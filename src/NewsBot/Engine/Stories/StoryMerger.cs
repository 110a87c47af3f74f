using NewsBot.Core.Digests;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Stories;

/// <summary>
/// Ranked articles shown as stories, as a digest shows them: copies of one story from several outlets (whichever digest
/// window each came in) are clustered with the digest's clusterer and shown once, at the best-ranked copy, with the
/// others' outlets as "also in".
/// </summary>
public static class StoryMerger
{
    public static IReadOnlyList<SelectedStory> Merge(IReadOnlyList<StoredArticle> ranked, int maxStories)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var byKey = ranked.DistinctBy(a => a.Article.Identity.CanonicalUrl, StringComparer.Ordinal).ToList();
        var clusterOf = new Dictionary<string, StoryCluster>(StringComparer.Ordinal);
        foreach (var cluster in new StoryClusterer().Cluster([.. byKey.Select(DigestSelector.Candidate)]))
        {
            foreach (var member in cluster.Members)
                clusterOf[member.Key] = cluster;
        }
        var shown = new HashSet<StoryCluster>();
        var stories = new List<SelectedStory>();
        foreach (var article in byKey)
        {
            var cluster = clusterOf[article.Article.Identity.CanonicalUrl];
            if (stories.Count >= maxStories || !shown.Add(cluster))
                continue;
            // The cluster as led by the copy shown: its "also in" is every other outlet.
            var alsoIn = (cluster with { Representative = DigestSelector.Candidate(article) }).AlsoIn;
            stories.Add(new SelectedStory(article, alsoIn) { Members = cluster.Members });
        }
        return stories;
    }
}
