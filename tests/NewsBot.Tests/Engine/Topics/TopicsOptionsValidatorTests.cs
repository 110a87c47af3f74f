using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Topics;

public sealed class TopicsOptionsValidatorTests
{
    [Fact]
    public void Validate_ValidTopics_Succeeds()
    {
        var result = Validate(Valid("harbour"), Valid("markets", topic => (topic.Query, topic.Language) = ("", null)));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NoTopics_Succeeds()
    {
        Assert.True(Validate().Succeeded);
    }

    [Theory]
    [InlineData("channel", "ChannelId must be a Discord channel id")]
    [InlineData("schedule", "'whenever' is not a schedule; try daily 08:00")]
    [InlineData("time zone", "unknown time zone 'Mars/Olympus_Mons'")]
    [InlineData("query", "query: OR needs a word or phrase on each side")]
    [InlineData("feed", "'ftp://tidewater.example/rss' is not an http(s) feed address")]
    [InlineData("relative feed", "'/rss.xml' is not an http(s) feed address")]
    [InlineData("no feeds", "a topic needs at least one feed")]
    [InlineData("too few stories", "MaxStories must be between 1 and 50")]
    [InlineData("too many stories", "MaxStories must be between 1 and 50")]
    [InlineData("language", "Language must be a two-letter code")]
    [InlineData("layout", "Layout must be embeds or components")]
    [InlineData("locale", "Locale must be one of en-US, de, es-ES, fr, it, pt-BR")]
    public void Validate_OneProblem_FailsNamingTheTopic(string problem, string expected)
    {
        var bad = Valid("harbour", topic =>
        {
            switch (problem)
            {
                case "channel": topic.ChannelId = "#harbour-news"; break;
                case "schedule": topic.Schedule = "whenever"; break;
                case "time zone": topic.TimeZone = "Mars/Olympus_Mons"; break;
                case "query": topic.Query = "OR ferry"; break;
                case "feed": topic.Feeds = ["ftp://tidewater.example/rss"]; break;
                case "relative feed": topic.Feeds = ["/rss.xml"]; break;
                case "no feeds": topic.Feeds = []; break;
                case "too few stories": topic.MaxStories = 0; break;
                case "too many stories": topic.MaxStories = 51; break;
                case "layout": topic.Layout = "cards"; break;
                case "locale": topic.Locale = "nl"; break;
                default: topic.Language = "eng"; break;
            }
        });

        var result = Validate(Valid("markets"), bad);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Topics:1 (harbour): ", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyName_FailsNamingTheIndex()
    {
        var failure = Assert.Single(Validate(Valid(" ")).Failures!);

        Assert.StartsWith("Topics:0: ", failure, StringComparison.Ordinal);
        Assert.Contains("Name", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameNameInOtherCase_FailsOnTheSecond()
    {
        var failure = Assert.Single(Validate(Valid("Harbour"), Valid("markets"), Valid("harbour ")).Failures!);

        Assert.Equal("Topics:2 (harbour ): another configured topic has this name", failure);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var result = Validate(Valid("harbour", topic => (topic.Schedule, topic.MaxStories) = ("whenever", 99)));

        Assert.Equal(2, result.Failures!.Count());
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(params ConfiguredTopic[] topics)
    {
        var options = new TopicsOptions();
        options.Items.AddRange(topics);
        return new TopicsOptionsValidator().Validate(null, options);
    }

    private static ConfiguredTopic Valid(string name, Action<ConfiguredTopic>? change = null)
    {
        var topic = new ConfiguredTopic
        {
            Name = name,
            Query = "ferry OR \"harbour master\" -cruise",
            ChannelId = "123456789012345678",
            Schedule = "weekdays 07:30",
            TimeZone = "Europe/Berlin",
            MaxStories = 5,
            Language = "en",
            Feeds = ["https://tidewater.example/rss", "http://quayside.example/feed.xml"],
        };
        change?.Invoke(topic);
        return topic;
    }
}
