using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class StoryClustererEvaluationTests
{
    [Fact]
    public void Cluster_InventedWeek_Baseline()
    {
        var score = ClusterScore.Measure(new StoryClusterer().Cluster(InventedCoverage.Candidates), InventedCoverage.EventOf);
        File.WriteAllText("/tmp/c7/baseline.txt", score.ToString());
    }
}
