using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class TopicDeleteTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delete_CommandTopic_RemovesItItsScheduleAndRecordsWho()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");
        var topic = (await bot.FindAsync("Harbour"))!;
        Assert.NotNull(await bot.Scheduler.NextDigestAsync(topic.Id, Token));

        var reply = await bot.SendAsync("delete", new Dictionary<string, object> { ["name"] = "HARBOUR" });

        Assert.StartsWith("Deleted **Harbour**", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Harbour"));
        Assert.Null(await bot.Scheduler.NextDigestAsync(topic.Id, Token));
        var change = (await bot.Topics.ListChangesAsync(topic.Id, 10, Token))[0];
        Assert.Equal((Moderator, "deleted"), (change.Actor, change.Action));
    }

    [Fact]
    public async Task Delete_MemberWithoutManageServer_RefusedAndTopicStays()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        var reply = await bot.SendAsync("delete", new Dictionary<string, object> { ["name"] = "Harbour" }, permissions: "0");

        Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(NewsBot.Commands.Moderation.ModeratorGuard.RefusalKey), Content(reply));
        Assert.NotNull(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Delete_UnknownName_ListsOnlyThisServersTopicsAndDeletesNothing()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");
        await bot.CreateAsync("Island Weather");
        await bot.SeedOtherServerTopicAsync("Dunmarrow Council");
        var before = await bot.Topics.ListAsync(Token);

        var reply = await bot.SendAsync("delete", new Dictionary<string, object> { ["name"] = "Harbour Lights" });

        Assert.Equal("There is no topic called **Harbour Lights**. This server's topics: **Harbour**, **Island Weather**.", Content(reply));
        Assert.Equal(64, Flags(reply));
        Assert.Equal(before.Select(t => t.Id).Order(), (await bot.Topics.ListAsync(Token)).Select(t => t.Id).Order());
        var harbour = (await bot.FindAsync("Harbour"))!;
        Assert.Equal(["created"], (await bot.Topics.ListChangesAsync(harbour.Id, 10, Token)).Select(c => c.Action));
    }
}
