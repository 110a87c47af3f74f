using NewsBot.Core.Storage;
using static NewsBot.Tests.Engine.Digests.InventedArticles;

namespace NewsBot.Tests.Engine.Delivery;

public sealed class UnpausedFeedsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishAsync_FeedPausedInThisServerButPolledForAnother_ItsStoriesLeftOut()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var mine = Topic() with { GuildId = "500" };
        harness.Topics.Add(mine);
        harness.Topics.Add(Topic() with { Id = 8, Name = "Theirs", GuildId = "501", ChannelId = "101" });
        harness.Articles.Add(
            Article("Ferry timetable changes", "Kept.", feed: KetterbyFeed, seen: Monday.AddHours(-2)),
            Article("Brindle bakery reopens", "Paused here.", feed: BrindleFeed, seen: Monday.AddHours(-1)));
        await harness.Subscriptions.PauseAsync("500", BrindleFeed, new FeedPause(Monday.AddDays(-1), null, "mod-1"), Token);

        var outcome = await harness.Publisher.PublishAsync(mine, Monday, Token);

        Assert.Equal(1, outcome.Stories);
        var titles = harness.Fake.State.Messages.SelectMany(m => m.Body["embeds"]!.AsArray()).Select(e => e!["title"]!.GetValue<string>());
        Assert.Equal(["Ferry timetable changes"], titles);
    }
}
