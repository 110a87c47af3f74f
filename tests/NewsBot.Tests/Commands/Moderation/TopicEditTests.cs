using NewsBot.Core.Topics;
using NewsBot.Testing.FakeDiscord;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class TopicEditTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edit_SomeOptions_ChangesOnlyThoseAndRecordsWhoAndWhat()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel, ["timezone"] = "Europe/Oslo" });
        var before = (await bot.FindAsync("Harbour"))!;

        var reply = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "harbour", ["schedule"] = "weekdays 07:30", ["max_stories"] = 3 });

        var after = (await bot.FindAsync("Harbour"))!;
        Assert.Equal(before with { Schedule = "weekdays 07:30", MaxStories = 3, Feeds = after.Feeds, Tags = after.Tags }, after);
        var change = (await bot.Topics.ListChangesAsync(after.Id, 10, Token))[0];
        Assert.Equal(Moderator, change.Actor);
        Assert.Equal("schedule: daily 08:00 → weekdays 07:30; max stories: 8 → 3", change.Action);
        var next = await bot.Scheduler.NextDigestAsync(after.Id, Token);
        Assert.InRange(next!.Value.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
        Assert.Contains($"<t:{next.Value.ToUnixTimeSeconds()}:", Content(reply), StringComparison.Ordinal);
        Assert.Equal(64, Flags(reply));
    }

    [Fact]
    public async Task Edit_NewName_RenamesAndOldNameIsGone()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["new_name"] = "Port" });

        Assert.Null(await bot.FindAsync("Harbour"));
        Assert.Equal("harbour", (await bot.FindAsync("Port"))!.Query);
    }

    [Fact]
    public async Task Edit_NoOptionsBesidesName_SaysWhatCanChange()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        var reply = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour" });

        Assert.StartsWith("Nothing to change", Content(reply), StringComparison.Ordinal);
        Assert.Contains("`max_stories`", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_UnknownTopic_ListsTheServersTopics()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");
        await bot.CreateAsync("Mill");

        var reply = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Lighthouse", ["query"] = "lamp" });

        Assert.Equal("There is no topic called **Lighthouse**. This server's topics: **Harbour**, **Mill**.", Content(reply));
    }

    [Fact]
    public async Task EditAndDelete_ConfigurationTopic_RefusedAndPointToTheSettingsFile()
    {
        const string worldChannel = "123456789012345678";
        var settings = new Dictionary<string, string?>
        {
            ["Topics:0:Name"] = "World",
            ["Topics:0:ChannelId"] = worldChannel,
            ["Topics:0:Schedule"] = "daily 08:00",
            ["Topics:0:Query"] = "ferry",
            // Loopback is refused by the fetcher's address check, so the poll never leaves the machine.
            ["Topics:0:Feeds:0"] = "http://127.0.0.1:9/world.xml",
        };
        await using var bot = await StartAsync(settings, state => state.Channels[worldChannel] = FakeChannelKind.Text);

        var edit = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "world", ["query"] = "mill" });
        var delete = await bot.SendAsync("delete", new Dictionary<string, object> { ["name"] = "World" });
        var show = await bot.SendAsync("show", new Dictionary<string, object> { ["name"] = "World" });

        Assert.Contains("settings file", Content(edit), StringComparison.Ordinal);
        Assert.Contains("appsettings.json", Content(edit), StringComparison.Ordinal);
        Assert.Equal(Content(edit), Content(delete));
        Assert.Contains(show.Original!.Body["embeds"]![0]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Owned by"
            && f["value"]!.GetValue<string>().StartsWith("the settings file", StringComparison.Ordinal));
        var topic = (await bot.FindAsync("World"))!;
        Assert.Equal((TopicOrigin.Configuration, "ferry"), (topic.Origin, topic.Query));
    }
}
