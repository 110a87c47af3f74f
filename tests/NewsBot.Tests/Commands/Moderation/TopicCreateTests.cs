using System.Text.Json.Nodes;
using NewsBot.Commands.Moderation;
using NewsBot.Core.Topics;
using NewsBot.Testing.FakeDiscord;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class TopicCreateTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ValidOptions_StoresTopicWithHistoryAndSchedulesIt()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object>
        {
            ["name"] = "Harbour",
            ["query"] = "ferry OR harbour",
            ["channel"] = ForumChannel,
            ["timezone"] = "Europe/Berlin",
            ["max_stories"] = 5,
        });

        var topic = await bot.FindAsync("harbour");
        Assert.NotNull(topic);
        Assert.Equal(("Harbour", Guild, "ferry OR harbour", ForumChannel), (topic.Name, topic.GuildId, topic.Query, topic.ChannelId));
        Assert.Equal(("daily 08:00", "Europe/Berlin", 5), (topic.Schedule, topic.TimeZone, topic.MaxStories));
        Assert.Equal(TopicOrigin.Command, topic.Origin);
        Assert.Empty(topic.Feeds);
        var change = Assert.Single(await bot.Topics.ListChangesAsync(topic.Id, 10, Token));
        Assert.Equal((Moderator, "created"), (change.Actor, change.Action));
        var next = await bot.Scheduler.NextDigestAsync(topic.Id, Token);
        Assert.NotNull(next);
        Assert.Contains($"<t:{next.Value.ToUnixTimeSeconds()}:", Content(reply), StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", Content(reply), StringComparison.Ordinal);
        Assert.Equal(64, Flags(reply));
    }

    [Fact]
    public async Task Create_Registered_DefinitionIsModeratorOnlyAndGuildOnly()
    {
        await using var bot = await StartAsync();

        var topic = bot.Discord.State.Commands["global"].Single(c => c!["name"]!.GetValue<string>() == "topic")!;

        Assert.Equal(ModeratorGuard.DefaultMemberPermissions, topic["default_member_permissions"]!.GetValue<string>());
        Assert.Equal("[0]", topic["contexts"]!.ToJsonString());
        var create = topic["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "create")!;
        var channel = create["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "channel")!;
        Assert.Equal("[0,5,15]", channel["channel_types"]!.ToJsonString());
    }

    [Fact]
    public async Task Create_MemberWithoutManageServer_RefusedEvenWhenDefaultPermissionsWereOpened()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel }, permissions: "0");

        Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(ModeratorGuard.RefusalKey), Content(reply));
        Assert.Equal(64, Flags(reply));
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_SaysTheNameIsTaken()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        var reply = await bot.CreateAsync("HARBOUR");

        Assert.Contains("already has a topic called **HARBOUR**", Content(reply), StringComparison.Ordinal);
        Assert.Single(await bot.Topics.ListAsync(Token));
    }

    [Fact]
    public async Task Create_ScheduleThatDoesNotParse_ReplyNamesWhatWould()
    {
        await using var bot = await StartAsync();

        var reply = await bot.CreateAsync("Harbour", schedule: "now and then");

        Assert.Contains("'now and then' is not a schedule", Content(reply), StringComparison.Ordinal);
        Assert.Contains("weekdays 07:30", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_UnknownTimeZone_SaysWhichNamesWork()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object>
        {
            ["name"] = "Harbour",
            ["query"] = "ferry",
            ["channel"] = TextChannel,
            ["timezone"] = "Mars/Olympus_Mons",
        });

        Assert.StartsWith("Unknown time zone 'Mars/Olympus_Mons'", Content(reply), StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Theory]
    [InlineData("Harbour\u202Eruoy")]
    [InlineData("\u2066Harbour\u2069")]
    [InlineData("Harbour\u200B")]
    [InlineData("Har\u200Dbour\u200E")]
    [InlineData("\uFEFFHarbour")]
    [InlineData("Harbour\u2060news")]
    public async Task Create_NameWithBidiOverrideOrZeroWidthCharacter_Refused(string name)
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = name, ["query"] = "ferry", ["channel"] = TextChannel });

        Assert.Contains("invisible", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync(name));
    }

    [Theory]
    [InlineData("می\u200Cخواهم")]
    [InlineData("Fleet \U0001F468\u200D\U0001F692")]
    public async Task Create_NameJoiningCharactersWithinAWordOrEmoji_Accepted(string name)
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = name, ["query"] = "ferry", ["channel"] = TextChannel });

        Assert.NotNull(await bot.FindAsync(name));
    }

    [Fact]
    public async Task Create_QueryThatDoesNotParse_SaysWhy()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry OR", ["channel"] = TextChannel });

        Assert.Contains("OR needs a word or phrase on each side", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_ChannelTheBotCannotPostIn_RefusedWithTheReason()
    {
        await using var bot = await StartAsync(discord: state => state.Channels["400"] = FakeChannelKind.NoPermission);

        var reply = await bot.CreateAsync("Harbour", channel: "400");

        Assert.Equal("I can't post digests in <#400>: I'm not allowed to send messages there.", Content(reply));
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_DiscordFailsWhileCheckingTheChannel_AsksToTryAgain()
    {
        await using var bot = await StartAsync();
        var failures = Enumerable.Repeat(FakeFailure.ServerError(500, json: true), 4).ToArray();
        bot.Discord.Inject($"/guilds/{Guild}", failures);

        var reply = await bot.CreateAsync("Harbour");

        Assert.Equal("I couldn't check that channel with Discord just now; please try again.", Content(reply));
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_ServerAtItsTopicLimit_Refused()
    {
        await using var bot = await StartAsync(new Dictionary<string, string?> { ["Commands:MaxTopicsPerGuild"] = "2" });
        await bot.CreateAsync("Harbour");
        await bot.CreateAsync("Mill");

        var reply = await bot.CreateAsync("Library");

        Assert.Contains("already has 2 topics", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Library"));
        Assert.Equal(2, (await bot.Topics.ListAsync(Token)).Count);
    }

    [Fact]
    public async Task Create_SeveralModeratorsAtOnceNearTheLimit_NeverPassesIt()
    {
        await using var bot = await StartAsync(new Dictionary<string, string?> { ["Commands:MaxTopicsPerGuild"] = "2" });
        await bot.CreateAsync("Harbour");

        await Task.WhenAll(bot.CreateAsync("Mill"), bot.CreateAsync("Library"), bot.CreateAsync("Ferry"));

        Assert.Equal(2, (await bot.Topics.ListAsync(Token)).Count);
    }
}
