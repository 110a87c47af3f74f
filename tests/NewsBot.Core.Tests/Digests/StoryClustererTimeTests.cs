using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class StoryClustererTimeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cluster_SameWordsHoursApart_Join()
    {
        var clusters = new StoryClusterer().Cluster([Report("first", Noon), Report("second", Noon.AddHours(6))]);

        Assert.Equal(2, Assert.Single(clusters).Members.Count);
    }

    [Fact]
    public void Cluster_SameWordsDaysApart_StayApart()
    {
        var clusters = new StoryClusterer().Cluster([Report("monday", Noon), Report("thursday", Noon.AddDays(3))]);

        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void Cluster_UnknownPublicationTime_ComparedOnWordsAlone()
    {
        var clusters = new StoryClusterer().Cluster([Report("dated", Noon), Report("undated", null)]);

        Assert.Equal("dated", Assert.Single(clusters).Representative.Key);
    }

    /// <summary>A weekly column with the same wording every time, as some outlets publish.</summary>
    private static StoryCandidate Report(string key, DateTimeOffset? published) =>
        new(key, "Ostervik fish market prices for the week",
            "Cod and haddock prices at the Ostervik fish auction, with the harbour master's notes on landings.", "Coastal Broadcaster", published);
}
