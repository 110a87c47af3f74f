using NewsBot.Tests.Engine;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class TopicScheduleTests
{
    [Fact]
    public async Task Create_ThenFeedAdded_DigestPostedOnItsScheduleWithoutRestart()
    {
        await using var site = await NewsSite.StartAsync();
        site.Publish("courier", SiteStory.Ferry(TimeProvider.System.GetUtcNow().AddMinutes(-30)));
        var settings = new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "true", ["Polling:FirstPollWindowSeconds"] = "0" };
        await using var bot = await StartAsync(settings);

        // Quartz's seconds field: every 2 s, so the digest comes in real time. Feeds are /feed add's job; the store stands in.
        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel, ["schedule"] = "0/2 * * * * ?" });
        var topic = (await bot.FindAsync("Harbour"))!;
        await bot.Topics.SaveAsync(topic with { Feeds = [site.FeedUrl("courier")] }, Moderator, "feeds added", TestContext.Current.CancellationToken);
        await bot.Scheduler.SyncAsync(TestContext.Current.CancellationToken);
        await WaitAsync(() => Digests(bot).Any(), TimeSpan.FromSeconds(60));

        // The default layout: Components V2.
        var title = Digests(bot).First().ComponentText;
        Assert.Contains("Skarva", title, StringComparison.Ordinal);
    }

    private static IEnumerable<Testing.FakeDiscord.FakeMessage> Digests(TopicCommandHarness bot) =>
        bot.Discord.State.Messages.Where(m => m.ChannelId == TextChannel && m.HasContainer);
}
