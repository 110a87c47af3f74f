using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class ClusterScoreTests
{
    [Fact]
    public void Measure_OneWrongMergeAndOneMissedMerge_CountsPairs()
    {
        // Events a (3 stories) and b (1 story); predicted {a1, a2, b1} and {a3}.
        StoryCluster[] clusters = [Cluster("a/1", "a/2", "b/1"), Cluster("a/3")];

        var score = ClusterScore.Measure(clusters, s => s.Key.Split('/')[0]);

        Assert.Equal(3, score.PredictedPairs);
        Assert.Equal(3, score.TruePairs);
        Assert.Equal(1, score.CorrectPairs);
        Assert.Equal(1, score.MixedClusters);
        Assert.Equal(1.0 / 3, score.Precision, 6);
        Assert.Equal(1.0 / 3, score.F1, 6);
    }

    [Fact]
    public void Measure_AllSingletons_PrecisionOneRecallZero()
    {
        var score = ClusterScore.Measure([Cluster("a/1"), Cluster("a/2")], s => s.Key.Split('/')[0]);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0, score.MixedClusters);
    }

    private static StoryCluster Cluster(params string[] keys)
    {
        var members = keys.Select(k => new StoryCandidate(k, k, null, null, null)).ToList();
        return new StoryCluster(members[0], members);
    }
}
