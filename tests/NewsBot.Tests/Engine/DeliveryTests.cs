using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

public sealed class DeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Restart_AfterCrashBetweenSendAndRecord_PostsEachMessageExactlyOnce()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", [.. Enumerable.Range(0, 12).Select(i => SiteStory.Brief(i, Start.AddMinutes(-10 - i)))]);
        engine.ConfigureTopic(0, "Valley", "daily 07:00", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        engine.Set("Topics:0:MaxStories", "12");
        CrashingOutbox? crashing = null;
        await engine.StartBotAsync(services => Decorate(services, inner => crashing = new CrashingOutbox(inner)));
        await engine.RunUntilAsync(Start.AddHours(1).AddSeconds(1));
        var postedBeforeCrash = engine.MessagesIn(EngineHarness.Channel).Count;
        await engine.StopBotAsync();

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.StartBotAsync();
        await engine.RunForAsync(TimeSpan.FromMinutes(5));

        Assert.True(crashing!.Crashes >= 1);
        Assert.Equal(1, postedBeforeCrash);
        var messages = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(2, messages.Count);
        Assert.Equal(12, messages.Sum(m => m.Body["embeds"]!.AsArray().Count));
        Assert.Equal(2, messages.Select(m => m.Body["nonce"]!.ToString()).Distinct().Count());
        Assert.Equal(1, engine.Discord.State.DuplicateNoncesAnswered);
        Assert.Empty(await engine.Services.GetRequiredService<IOutbox>().PendingMessagesAsync(TestContext.Current.CancellationToken));
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Start_DigestMissedWithinGrace_SentOnce()
    {
        await using var engine = await StoppedBeforeTheDigestAsync();

        engine.Clock.Advance(TimeSpan.FromHours(3));
        await engine.StartBotAsync();
        await engine.RunForAsync(TimeSpan.FromHours(2));

        var digest = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Contains("Skarva", digest.Body["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Start_DigestMissedBeyondGrace_SkippedWithLogAndStoriesKeptForNextDigest()
    {
        await using var engine = await StoppedBeforeTheDigestAsync();

        engine.Clock.Advance(TimeSpan.FromHours(8));
        await engine.StartBotAsync();
        var afterStart = engine.MessagesIn(EngineHarness.Channel).Count;
        var skipped = engine.Logs.At(LogLevel.Warning).Where(l => l.Contains("more than 6 h late", StringComparison.Ordinal)).ToList();
        await engine.RunUntilAsync(Start.AddDays(1).AddHours(1).AddSeconds(1));

        Assert.Equal(0, afterStart);
        Assert.Single(skipped);
        var next = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Contains("Skarva", next.Body["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_FeedFailingRepeatedly_PausedWithOneNoticeAndNoMoreRequests()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)));
        engine.Site.Fail("courier", 503);
        engine.ConfigureTopic(0, "World", "daily 07:00", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        engine.Set("Polling:FailuresBeforePause", "3");
        await engine.StartBotAsync();

        await engine.RunForAsync(TimeSpan.FromHours(4));
        var requestsWhenPaused = engine.Site.Server.CountRequests("/courier/feed.xml");
        await engine.RunForAsync(TimeSpan.FromHours(6));

        var subscriptions = await engine.Services.GetRequiredService<IFeedSubscriptionStore>().ListAsync(engine.Site.FeedUrl("courier"), TestContext.Current.CancellationToken);
        Assert.True(FeedSubscription.AllPaused(subscriptions));
        Assert.Equal(3, requestsWhenPaused);
        Assert.Equal(requestsWhenPaused, engine.Site.Server.CountRequests("/courier/feed.xml"));
        var notice = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Contains("Paused feed", notice.Content, StringComparison.Ordinal);
        Assert.Contains("503", notice.Content, StringComparison.Ordinal);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_CrashBetweenOutboxWriteAndWindowMark_WindowNotPostedAgain()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)));
        engine.ConfigureTopic(0, "World", "daily 07:00", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        CrashAfterStoryDigestStored? crashing = null;
        await engine.StartBotAsync(services => EngineHarness.Decorate<IStoryMemory>(services, inner => crashing = new CrashAfterStoryDigestStored(inner)));
        await engine.RunUntilAsync(Start.AddHours(2));
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)), SiteStory.Library(Start.AddHours(20)));

        await engine.RunUntilAsync(Start.AddDays(1).AddHours(2));

        Assert.Equal(1, crashing!.Crashes);
        var titles = engine.MessagesIn(EngineHarness.Channel)
            .SelectMany(m => m.Body["embeds"]!.AsArray())
            .Select(e => e!["title"]?.GetValue<string>() ?? "")
            .ToList();
        Assert.Single(titles, t => t.Contains("Skarva", StringComparison.Ordinal));
        Assert.Equal(2, engine.MessagesIn(EngineHarness.Channel).Count);
        engine.AssertDiscordAcceptedEverything();
    }

    /// <summary>A bot that polled its feed and was stopped half an hour before its 07:00 digest.</summary>
    private static async Task<EngineHarness> StoppedBeforeTheDigestAsync()
    {
        var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)));
        engine.ConfigureTopic(0, "World", "daily 07:00", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddMinutes(30));
        await engine.StopBotAsync();
        return engine;
    }

    private static void Decorate(IServiceCollection services, Func<IOutbox, IOutbox> decorate) => EngineHarness.Decorate(services, decorate);
}
