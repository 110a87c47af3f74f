using BenchmarkDotNet.Attributes;
using NewsBot.Core.Digests;

namespace NewsBot.Benchmarks.Digests;

/// <summary>
/// Story clustering for a digest run: 20,000 invented candidates split into 100 topics of 200 (the usual shape), and one
/// topic of 1,000 (a busy topic, where comparing every story with every cluster member would start to hurt).
/// </summary>
[MemoryDiagnoser]
public class StoryClusteringBenchmarks
{
    private readonly StoryClusterer clusterer = new();
    private IReadOnlyList<IReadOnlyList<StoryCandidate>> topics = [];
    private IReadOnlyList<StoryCandidate> busyTopic = [];

    [GlobalSetup]
    public void Setup()
    {
        topics = GeneratedStoryCandidates.Topics(100, 200);
        busyTopic = GeneratedStoryCandidates.Topics(1, 1_000)[0];
    }

    [Benchmark]
    public int HundredTopicsOfTwoHundred()
    {
        var clusters = 0;
        foreach (var topic in topics)
            clusters += clusterer.Cluster(topic).Count;
        return clusters;
    }

    [Benchmark]
    public int OneTopicOfAThousand() => clusterer.Cluster(busyTopic).Count;
}
