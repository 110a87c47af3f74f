using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>
/// Issue 17, item 2: with <c>Scheduler:Store</c> = <c>persistent</c> (the default) Quartz's jobs and triggers live in the
/// bot's SQLite file, so a digest that fell due while the bot was down is fired by Quartz's misfire policy (once, however
/// many firings were missed), and a restart re-registers the topics without duplicating or keeping stale triggers.
/// </summary>
public sealed class PersistentScheduleTests
{
    /// <summary>Monday 2 March 2026, 06:00 UTC.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Restart_ThreeHourlyDigestsMissedWhileDown_StoreFiresOneDigestThenTheScheduleGoesOn()
    {
        await using var engine = await StartedAsync("persistent", ("Hourly", "hourly"));
        await engine.RunUntilAsync(Start.AddMinutes(30));
        Assert.Equal(SchedulerStoreKind.Sqlite, engine.Services.GetRequiredService<RegisteredSchedulerStore>().Kind);
        var beforeStop = engine.MessagesIn(EngineHarness.Channel).Count;
        await engine.StopBotAsync();

        // 07:00, 08:00 and 09:00 pass while the bot is down.
        engine.Clock.Advance(TimeSpan.FromHours(3));
        await engine.StartBotAsync();
        var afterStart = engine.MessagesIn(EngineHarness.Channel).Count;
        await engine.RunUntilAsync(Start.AddHours(4).AddSeconds(1));

        Assert.Equal(beforeStop + 1, afterStart);
        // Quartz fired it, not the in-memory catch-up, which stays quiet with a persistent store.
        Assert.DoesNotContain(engine.Logs.Lines, l => l.Text.Contains("was missed while the bot was down", StringComparison.Ordinal));
        Assert.Equal(beforeStop + 2, engine.MessagesIn(EngineHarness.Channel).Count);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Restart_MissedDigestWithTheMemoryStore_CaughtUpOnceAtStartUp()
    {
        await using var engine = await StartedAsync("memory", ("Hourly", "hourly"));
        await engine.RunUntilAsync(Start.AddMinutes(30));
        Assert.Equal(SchedulerStoreKind.Memory, engine.Services.GetRequiredService<RegisteredSchedulerStore>().Kind);
        var beforeStop = engine.MessagesIn(EngineHarness.Channel).Count;
        await engine.StopBotAsync();

        engine.Clock.Advance(TimeSpan.FromHours(3));
        await engine.StartBotAsync();

        Assert.Equal(beforeStop + 1, engine.MessagesIn(EngineHarness.Channel).Count);
        Assert.Contains(engine.Logs.Lines, l => l.Text.Contains("was missed while the bot was down", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_TopicsReRegistered_OneTriggerEachAndARemovedTopicsTriggerGone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var engine = await StartedAsync("persistent", ("Morning", "daily 07:00"), ("Evening", "daily 19:00"));
        var topics = await engine.Services.GetRequiredService<ITopicStore>().ListAsync(cancellationToken);
        var evening = topics.Single(t => t.Name == "Evening");
        await engine.StopBotAsync();

        // The settings no longer list Evening; Morning's time moved.
        engine.ConfigureTopic(0, "Morning", "daily 08:00", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        engine.Unset("Topics:1:");
        await engine.StartBotAsync();

        var scheduler = await engine.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        var topicJobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(EngineScheduler.TopicJob(0).Group), cancellationToken);
        var morning = Assert.Single(topicJobs);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(morning, cancellationToken)));
        Assert.Equal(Start.Date.AddHours(8), trigger.NextFireTimeUtc!.Value.UtcDateTime);
        Assert.False(await scheduler.Exists(EngineScheduler.TopicJob(evening.Id), cancellationToken));
    }

    private static async Task<EngineHarness> StartedAsync(string store, params (string Name, string Schedule)[] topics)
    {
        var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)));
        for (var i = 0; i < topics.Length; i++)
            engine.ConfigureTopic(i, topics[i].Name, topics[i].Schedule, "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        // Every firing posts, so counting messages counts firings.
        engine.Set("Digests:PostWhenEmpty", "true");
        engine.Set("Scheduler:Store", store);
        await engine.StartBotAsync();
        return engine;
    }
}
