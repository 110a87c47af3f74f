using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Invented coverage of seven events by four invented outlets; the event is the first part of each key.</summary>
    private static readonly StoryCandidate[] Coverage =
    [
        Story("ferry/courier", "Harbour council approves two new ferries for the island route",
            "The Northfield harbour council voted on Thursday to buy two electric ferries for the crossing to Skarva island.", "Northfield Courier", 0),
        Story("ferry/herald", "Skarva gets two electric ferries after council vote",
            "Islanders on Skarva will get two new electric ferries from 2028 after the harbour council approved the purchase.", "Harbour Herald", 1),
        Story("ferry/broadcaster", "Council buys electric ferries for Skarva crossing",
            "Northfield's harbour council has agreed to spend 38 million crowns on two electric ferries for the Skarva route.", "Coastal Broadcaster", 2),
        Story("budget/courier", "Council sets 2027 budget with more money for roads and schools",
            "Northfield's municipal council adopted its budget for 2027, raising spending on road maintenance and hiring teachers.", "Northfield Courier", 3),
        Story("budget/herald", "Northfield budget: roads and teachers win, parking permits cost more",
            "The municipal council passed the 2027 budget, with road maintenance up by a fifth and twelve more teachers.", "Harbour Herald", 4),
        Story("storm/courier", "Weather office warns of strongest autumn storm in a decade",
            "The Northfield Weather Office issued an orange warning for gusts of up to 120 kilometres an hour along the coast.", "Northfield Courier", 5),
        Story("storm/broadcaster", "Orange storm warning for the coast on Saturday night",
            "Gusts of up to 120 kilometres an hour are forecast along the coast, the weather office warned in an orange warning.", "Coastal Broadcaster", 6),
        // A consequence reported as its own story: the digest should show it, not fold it into the warning.
        Story("cancellation/herald", "Storm: Skarva ferry cancelled from Saturday afternoon",
            "The storm warning for Saturday night means the Skarva ferry will not sail, and the weather office expects gusts of 120 km/h.", "Harbour Herald", 7),
        Story("rail/ledger", "State backs plan to restore passenger trains to the valley",
            "Passenger trains could return to the Alder Valley line by 2030 after the state agreed to pay for a study of the track.", "The Valley Ledger", 8),
        Story("rail/broadcaster", "Study could bring passenger trains back to Alder Valley line",
            "The state transport department will pay for a study of restoring passenger trains on the Alder Valley line.", "Coastal Broadcaster", 9),
        Story("library/courier", "Northfield library reopens after two-year renovation",
            "The Northfield public library reopened its doors after a renovation that added a children's wing and a reading room.", "Northfield Courier", 10),
        Story("robots/ledger", "Millbrook students take robot to national finals",
            "A team of eight students from Millbrook High School will compete in the national robotics finals in December.", "The Valley Ledger", 11),
    ];

    [Fact]
    public void Cluster_InventedCoverage_PairPrecisionPerfectAndRecallHigh()
    {
        var clusters = new StoryClusterer().Cluster(Coverage);

        var (precision, recall) = PairScores(clusters);
        TestContext.Current.TestOutputHelper?.WriteLine($"story clustering on invented coverage: pair precision {precision:F2}, recall {recall:F2}");
        Assert.Equal(1.0, precision);
        Assert.True(recall >= 0.8, $"pair recall {recall:F2}: {Describe(clusters)}");
    }

    [Fact]
    public void Cluster_SameEvent_LedByTheFirstReportWithAlsoIn()
    {
        var clusters = new StoryClusterer().Cluster(Coverage);

        var ferry = Assert.Single(clusters, c => c.Representative.Key == "ferry/courier");
        Assert.Equal(3, ferry.Members.Count);
        Assert.Equal(["Harbour Herald", "Coastal Broadcaster"], ferry.AlsoIn);
    }

    [Fact]
    public void Cluster_InputOrder_DoesNotChangeTheResult()
    {
        var forward = Describe(new StoryClusterer().Cluster(Coverage));
        var backward = Describe(new StoryClusterer().Cluster(Coverage.Reverse().ToList()));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Cluster_Empty_IsEmpty() => Assert.Empty(new StoryClusterer().Cluster([]));

    private static StoryCandidate Story(string key, string title, string lead, string outlet, int hours) =>
        new(key, title, lead, outlet, Morning.AddHours(hours));

    private static string Describe(IReadOnlyList<StoryCluster> clusters) =>
        string.Join(" | ", clusters.Select(c => string.Join(",", c.Members.Select(m => m.Key).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    private static (double Precision, double Recall) PairScores(IReadOnlyList<StoryCluster> clusters)
    {
        static string Event(StoryCandidate s) => s.Key.Split('/')[0];
        var predicted = clusters.SelectMany(c => Pairs(c.Members)).ToList();
        var truePairs = Pairs(Coverage).Count(p => Event(p.A) == Event(p.B));
        var correct = predicted.Count(p => Event(p.A) == Event(p.B));
        return (predicted.Count == 0 ? 1.0 : (double)correct / predicted.Count, (double)correct / truePairs);
    }

    private static List<(StoryCandidate A, StoryCandidate B)> Pairs(IReadOnlyList<StoryCandidate> members) =>
        [.. from i in Enumerable.Range(0, members.Count) from j in Enumerable.Range(i + 1, members.Count - i - 1) select (members[i], members[j])];
}
