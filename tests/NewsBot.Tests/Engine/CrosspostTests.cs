using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Engine;

/// <summary>
/// Issue 16, publishing end to end: topics with Publish on in an announcement channel crosspost every digest message
/// within Discord's hourly limit per channel: the first ten at once, the rest when their slot comes, never a 429, none
/// lost or doubled across a restart.
/// </summary>
public sealed class CrosspostTests
{
    /// <summary>Monday 2 March 2026, 06:00 UTC; digests every hour, on the hour.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Six topics of twelve stories each: two messages each (ten embeds a message), twelve in the channel.</summary>
    private const int Topics = 6;

    [Fact]
    public async Task Digest_TwelveMessagesInAnHour_TenCrosspostedAtOnceTwoWhenTheirSlotComes()
    {
        await using var engine = await PublishingTopicsAsync();
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));
        var messages = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(2 * Topics, messages.Count);
        Assert.Equal(10, engine.Discord.State.Forums.Crossposts.Count);

        await engine.RunUntilAsync(Start.AddHours(2).AddMinutes(5));

        AssertEachCrosspostedOnceWithoutA429(engine, messages);
    }

    [Fact]
    public async Task Digest_RestartWhileCrosspostsWait_NoneLostNoneTwiceNo429()
    {
        await using var engine = await PublishingTopicsAsync();
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));
        var messages = engine.MessagesIn(EngineHarness.Channel);
        await engine.StopBotAsync();

        await engine.StartBotAsync();
        Assert.Equal(10, engine.Discord.State.Forums.Crossposts.Count);
        await engine.RunUntilAsync(Start.AddHours(2).AddMinutes(5));

        AssertEachCrosspostedOnceWithoutA429(engine, messages);
    }

    [Fact]
    public async Task Digest_PublishInATextChannel_NothingCrosspostedOneWarning()
    {
        await using var engine = await PublishingTopicsAsync(topics: 1);
        engine.Discord.State.Channels[EngineHarness.Channel] = FakeChannelKind.Text;
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(2).AddMinutes(1));

        Assert.Empty(engine.Discord.State.Forums.Crossposts);
        Assert.Single(engine.Logs.At(Microsoft.Extensions.Logging.LogLevel.Warning), l => l.Contains("not an announcement channel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_FirstCrosspostRefusedForGood_TheDigestsLaterCrosspostStillPublished()
    {
        await using var engine = await PublishingTopicsAsync(topics: 1);
        engine.Discord.Inject("/crosspost", new FakeFailure { Status = 403 });
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));

        var messages = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(2, messages.Count);
        var published = Assert.Single(engine.Discord.State.Forums.Crossposts);
        Assert.Equal(messages[1].Id, published.MessageId);
        Assert.Single(engine.Logs.At(Microsoft.Extensions.Logging.LogLevel.Warning), l => l.Contains("could not be published", StringComparison.Ordinal));
    }

    /// <summary>Every message crossposted once, those past the first ten an hour after the first, and Discord never said 429.</summary>
    private static void AssertEachCrosspostedOnceWithoutA429(EngineHarness engine, IReadOnlyList<FakeMessage> messages)
    {
        Assert.Equal(0, engine.Discord.State.Forums.CrosspostsRateLimited);
        engine.AssertDiscordAcceptedEverything();
        var crossposted = engine.Discord.State.Forums.Crossposts.Select(c => c.MessageId).ToList();
        Assert.Equal(messages.Select(m => m.Id).Order(StringComparer.Ordinal), crossposted.Order(StringComparer.Ordinal));
        var times = engine.Discord.State.Forums.Crossposts.Select(c => c.At).ToList();
        Assert.All(times.Skip(10), t => Assert.True(t >= times[0].AddHours(1), $"crossposted at {t:u}, within the hour of {times[0]:u}"));
    }

    private static async Task<EngineHarness> PublishingTopicsAsync(int topics = Topics)
    {
        var engine = await EngineHarness.CreateAsync(Start);
        engine.Discord.State.Channels[EngineHarness.Channel] = FakeChannelKind.Announcement;
        engine.Site.Publish("courier", [.. Enumerable.Range(0, 12).Select(i => SiteStory.Brief(i, Start.AddMinutes(-50 + i)))]);
        for (var i = 0; i < topics; i++)
        {
            engine.ConfigureTopic(i, $"Briefs {i}", "hourly", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
            engine.Set($"Topics:{i}:MaxStories", "12");
            engine.Set($"Topics:{i}:Publish", "true");
        }
        return engine;
    }
}
