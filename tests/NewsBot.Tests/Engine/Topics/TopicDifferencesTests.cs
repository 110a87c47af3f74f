using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Topics;

public sealed class TopicDifferencesTests
{
    private static readonly Topic Harbour = new()
    {
        Id = 4,
        Name = "harbour",
        GuildId = "500",
        Query = "ferry OR port",
        ChannelId = "123456789012345678",
        Schedule = "daily 08:00",
        TimeZone = "Europe/Berlin",
        MaxStories = 8,
        Language = "en",
        Feeds = ["https://tidewater.example/rss", "https://quayside.example/feed"],
    };

    [Fact]
    public void Describe_EqualTopics_IsNull()
    {
        Assert.Null(TopicDifferences.Describe(Harbour, Harbour with { Feeds = [.. Harbour.Feeds] }));
    }

    [Fact]
    public void Describe_NoTopicBefore_IsCreated()
    {
        Assert.Equal("created", TopicDifferences.Describe(null, Harbour));
    }

    [Theory]
    [InlineData("name", "name: harbour → docks")]
    [InlineData("query", "query: ferry OR port → ferry")]
    [InlineData("channel", "channel: 123456789012345678 → 223456789012345678")]
    [InlineData("schedule", "schedule: daily 08:00 → weekdays 07:30")]
    [InlineData("time zone", "time zone: Europe/Berlin → UTC")]
    [InlineData("max stories", "max stories: 8 → 12")]
    [InlineData("language", "language: en → any")]
    [InlineData("guild", "guild: 500 → unknown")]
    public void Describe_OneFieldChanged_ListsIt(string field, string expected)
    {
        var after = field switch
        {
            "name" => Harbour with { Name = "docks" },
            "query" => Harbour with { Query = "ferry" },
            "channel" => Harbour with { ChannelId = "223456789012345678" },
            "schedule" => Harbour with { Schedule = "weekdays 07:30" },
            "time zone" => Harbour with { TimeZone = "UTC" },
            "max stories" => Harbour with { MaxStories = 12 },
            "language" => Harbour with { Language = null },
            _ => Harbour with { GuildId = null },
        };

        Assert.Equal(expected, TopicDifferences.Describe(Harbour, after));
    }

    [Fact]
    public void Describe_SeveralChanges_ListsEachOnce()
    {
        var after = Harbour with { Schedule = "every 6h", MaxStories = 3 };

        Assert.Equal("schedule: daily 08:00 → every 6h; max stories: 8 → 3", TopicDifferences.Describe(Harbour, after));
    }

    [Fact]
    public void Describe_FeedsAddedAndRemoved_ListsBoth()
    {
        var after = Harbour with { Feeds = ["https://quayside.example/feed", "https://lighthouse.example/atom", "https://pier.example/rss"] };

        Assert.Equal(
            "feeds added: https://lighthouse.example/atom, https://pier.example/rss; feeds removed: https://tidewater.example/rss",
            TopicDifferences.Describe(Harbour, after));
    }

    [Fact]
    public void Describe_FeedsReordered_IsNull()
    {
        Assert.Null(TopicDifferences.Describe(Harbour, Harbour with { Feeds = [.. Harbour.Feeds.Reverse()] }));
    }
}
