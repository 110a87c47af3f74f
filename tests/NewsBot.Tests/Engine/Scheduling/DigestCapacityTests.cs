using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>Issue 14, item 7: polls and digests shared one scheduler pool, so ten slow feeds held a digest back.</summary>
public sealed class DigestCapacityTests
{
    /// <summary>Monday 2 March 2026, 06:00 UTC.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Real time to wait for a job event before calling it missing; a hang guard, not a measurement.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Digest_TenSlowFeedPollsRunningAtItsTime_FiresOnTimeAndNoFiringIsMerged()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var engine = await EngineHarness.CreateAsync(Start);
        // Before the fix all ten polls held a pool thread each; now at most the poll limit run, the rest wait their turn.
        using var slow = new StallingFeeds(engine.Site.Server, count: 10, awaited: Math.Min(10, SchedulerCapacity.Polls));
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)));
        engine.ConfigureTopic(0, "World", "hourly", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        engine.ConfigureTopic(1, "Slow", "daily 12:00", "UTC", EngineHarness.SecondChannel, [.. slow.FeedUrls]);
        engine.Set("Digests:PostWhenEmpty", "true");
        await engine.StartBotAsync();
        var world = (await engine.Services.GetRequiredService<ITopicStore>().ListAsync(cancellationToken)).Single(t => t.Name == "World");
        var digestJob = EngineScheduler.TopicJob(world.Id);
        var firstDue = Start.AddHours(1);
        await engine.RunUntilAsync(firstDue.AddSeconds(-1));
        var postedBefore = engine.MessagesIn(EngineHarness.Channel).Count;

        // Ten polls of slow outlets start a second before the digest is due and hold on until released.
        slow.Stall();
        var scheduler = await engine.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        foreach (var feed in slow.FeedUrls)
            await scheduler.TriggerJob(EngineScheduler.FeedJob(feed), cancellationToken);
        await slow.Stalled.WaitAsync(Patience, cancellationToken);
        engine.Clock.Advance(firstDue - engine.Clock.GetUtcNow());
        var first = await engine.Activity.WaitForRunAsync(r => r.Job.Equals(digestJob) && r.DueAt == firstDue, Patience, cancellationToken);
        var postedWhileStalled = engine.MessagesIn(EngineHarness.Channel).Count;
        slow.Release();
        await engine.RunUntilAsync(firstDue.AddHours(1).AddMinutes(1));

        Assert.NotNull(first);
        Assert.True(first.Lateness < TimeSpan.FromMinutes(1), $"the digest started {first.Lateness} late");
        Assert.Equal(postedBefore + 1, postedWhileStalled);
        var digests = engine.Activity.Runs.Where(r => r.Job.Equals(digestJob) && r.DueAt >= firstDue).Select(r => r.DueAt).ToList();
        Assert.Equal([firstDue, firstDue.AddHours(1)], digests);
        Assert.Equal(postedBefore + 2, engine.MessagesIn(EngineHarness.Channel).Count);
        engine.AssertDiscordAcceptedEverything();
    }
}
