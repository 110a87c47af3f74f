using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class StoryMemoryMatcherTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly StoryCandidate Courier = new("courier/ferry", "Harbour board approves new ferry link to Skarva island",
        "The harbour board of Northfield approved a new ferry link to Skarva island on Monday after a two-year study.", "Northfield Courier", Monday);

    private static readonly StoryCandidate Ledger = new("ledger/ferry", "Skarva island gets its ferry link as harbour board says yes",
        "The harbour board of Northfield approved a new ferry link to Skarva island on Monday after a two-year study.", "The Valley Ledger", Monday.AddHours(2));

    private static readonly StoryCandidate Library = new("gazette/library", "Old mill to become Northfield's new public library",
        "Northfield's disused wool mill will house the town library from next spring, the council said.", "Brindlemoor Gazette", Monday.AddHours(2));

    private readonly StoryMemoryMatcher _matcher = new(new StoryClusterer());

    [Fact]
    public void Match_LaterCoverageOfAnEarlierStory_JoinsItAndIsNoNewStory()
    {
        var match = _matcher.Match([Ledger, Library], [new EarlierStory(7, [Courier])]);

        var join = Assert.Single(match.Joins);
        Assert.Equal((7L, "ledger/ferry"), (join.StoryId, Assert.Single(join.Articles).Key));
        Assert.Equal("gazette/library", Assert.Single(Assert.Single(match.NewStories).Members).Key);
    }

    [Fact]
    public void Match_ArticleTheStoryAlreadyHolds_IsNeitherNewNorAJoin()
    {
        var match = _matcher.Match([Courier], [new EarlierStory(7, [Courier])]);

        Assert.Empty(match.Joins);
        Assert.Empty(match.NewStories);
    }

    [Fact]
    public void Match_NoEarlierStories_SameAsTheClusterer()
    {
        var match = _matcher.Match([Courier, Ledger, Library], []);

        Assert.Empty(match.Joins);
        Assert.Equal(
            new StoryClusterer().Cluster([Courier, Ledger, Library]).Select(c => c.Members.Count).Order(),
            match.NewStories.Select(c => c.Members.Count).Order());
    }

    [Fact]
    public void Match_EarlierStoryOfAnotherEvent_NotJoined()
    {
        var match = _matcher.Match([Library], [new EarlierStory(7, [Courier])]);

        Assert.Empty(match.Joins);
        Assert.Single(match.NewStories);
    }
}
