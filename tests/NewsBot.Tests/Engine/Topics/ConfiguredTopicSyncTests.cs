using Microsoft.Extensions.Logging;
using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Topics;

public sealed class ConfiguredTopicSyncTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SyncAsync_NewConfiguredTopic_IsCreatedWithItsGuild()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.Add(Harbour());

        await harness.SyncAsync();

        var topic = Assert.Single(await harness.Topics.ListAsync(Token));
        Assert.Equal(("harbour", "500", TopicOrigin.Configuration), (topic.Name, topic.GuildId, topic.Origin));
        Assert.Equal(("ferry OR port", "daily 08:00", "Europe/Berlin", 5, "en"),
            (topic.Query, topic.Schedule, topic.TimeZone, topic.MaxStories, topic.Language));
        Assert.Equal(["https://tidewater.example/rss"], topic.Feeds);
        var change = Assert.Single(harness.Topics.Changes);
        Assert.Equal((ConfiguredTopicSync.Actor, "created"), (change.Actor, change.Action));
        Assert.Equal("configuration", ConfiguredTopicSync.Actor);
    }

    [Fact]
    public async Task SyncAsync_UnchangedSettingsSecondTime_RecordsNothing()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.Add(Harbour());
        await harness.SyncAsync();

        await harness.SyncAsync();

        Assert.Single(await harness.Topics.ListAsync(Token));
        Assert.Single(harness.Topics.Changes);
    }

    [Fact]
    public async Task SyncAsync_ScheduleChanged_UpdatesKeepingHistory()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.Add(Harbour());
        await harness.SyncAsync();
        var before = Assert.Single(await harness.Topics.ListAsync(Token));
        var digested = new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
        await harness.Topics.MarkDigestedAsync(before.Id, digested, Token);
        harness.Topics.Now = harness.Topics.Now.AddDays(2);

        harness.Options.Items[0].Schedule = "weekdays 07:30";
        await harness.SyncAsync();

        var after = Assert.Single(await harness.Topics.ListAsync(Token));
        Assert.Equal((before.Id, before.CreatedAt, digested, "weekdays 07:30"), (after.Id, after.CreatedAt, after.LastDigestAt, after.Schedule));
        Assert.Equal("schedule: daily 08:00 → weekdays 07:30", harness.Topics.Changes[^1].Action);
        Assert.Equal(ConfiguredTopicSync.Actor, harness.Topics.Changes[^1].Actor);
    }

    [Fact]
    public async Task SyncAsync_LayoutSetThenEmptied_StoredThenFollowsTheGlobalSetting()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.Add(Harbour());
        harness.Options.Items[0].Layout = "Embeds";
        await harness.SyncAsync();
        var embeds = Assert.Single(await harness.Topics.ListAsync(Token));

        harness.Options.Items[0].Layout = "";
        await harness.SyncAsync();

        Assert.Equal(DigestLayout.Embeds, embeds.Layout);
        Assert.Null(Assert.Single(await harness.Topics.ListAsync(Token)).Layout);
        Assert.Equal("layout: embeds → default", harness.Topics.Changes[^1].Action);
    }

    [Fact]
    public async Task SyncAsync_LocaleSetThenEmptied_StoredThenFollowsTheGlobalSetting()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.Add(Harbour());
        harness.Options.Items[0].Locale = "PT-br";
        await harness.SyncAsync();
        var portuguese = Assert.Single(await harness.Topics.ListAsync(Token));

        harness.Options.Items[0].Locale = null;
        await harness.SyncAsync();

        Assert.Equal("pt-BR", portuguese.Locale);
        Assert.Null(Assert.Single(await harness.Topics.ListAsync(Token)).Locale);
        Assert.Equal("locale: pt-BR → default", harness.Topics.Changes[^1].Action);
    }

    [Fact]
    public async Task SyncAsync_TopicRemovedFromSettings_IsDeleted()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.AddRange([Harbour(), Harbour("markets")]);
        await harness.SyncAsync();

        harness.Options.Items.RemoveAt(0);
        await harness.SyncAsync();

        Assert.Equal(["markets"], (await harness.Topics.ListAsync(Token)).Select(t => t.Name));
        Assert.Equal(("harbour", "deleted"), (harness.Topics.Changes[^1].TopicName, harness.Topics.Changes[^1].Action));
    }

    [Fact]
    public async Task SyncAsync_CommandTopics_AreNeverTouched()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        var byCommand = CommandTopic("weather");
        harness.Topics.Add(byCommand);
        harness.Options.Items.Add(Harbour());

        await harness.SyncAsync();
        harness.Options.Items.Clear();
        await harness.SyncAsync();

        Assert.Equal(byCommand, Assert.Single(await harness.Topics.ListAsync(Token)));
        Assert.DoesNotContain(harness.Topics.Changes, c => c.TopicId == byCommand.Id);
    }

    [Fact]
    public async Task SyncAsync_AnotherInstanceCreatedItMeanwhile_KeepsTheirsWithoutError()
    {
        await using var first = await TopicSyncHarness.StartAsync();
        first.Options.Items.Add(Harbour());
        await first.SyncAsync();
        var theirs = Assert.Single(await first.Topics.ListAsync(Token));
        await using var second = await TopicSyncHarness.StartAsync();
        second.Options.Items.Add(Harbour());
        second.Topics.BeforeNextSave = () => second.Topics.Add(theirs);

        await second.SyncAsync();

        Assert.Equal(theirs, Assert.Single(await second.Topics.ListAsync(Token)));
        Assert.Empty(second.Topics.Changes);
        Assert.Empty(second.SyncLogs(LogLevel.Error));
    }

    [Fact]
    public async Task SyncAsync_NameOfACommandTopicInTheGuild_LogsErrorAndSkips()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        var byCommand = CommandTopic("Harbour");
        harness.Topics.Add(byCommand);
        harness.Options.Items.AddRange([Harbour(), Harbour("markets")]);

        await harness.SyncAsync();

        var topics = await harness.Topics.ListAsync(Token);
        Assert.Equal([("Harbour", TopicOrigin.Command), ("markets", TopicOrigin.Configuration)], topics.Select(t => (t.Name, t.Origin)));
        Assert.Equal(byCommand, topics[0]);
        var error = Assert.Single(harness.SyncLogs(LogLevel.Error));
        Assert.Contains("harbour", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncAsync_UnknownChannel_KeepsGuildUnknownAndWarns()
    {
        await using var harness = await TopicSyncHarness.StartAsync();
        harness.Options.Items.Add(Harbour(channel: TopicSyncHarness.UnknownChannel));

        await harness.SyncAsync();

        var topic = Assert.Single(await harness.Topics.ListAsync(Token));
        Assert.Null(topic.GuildId);
        var warning = Assert.Single(harness.SyncLogs(LogLevel.Warning));
        Assert.Contains(TopicSyncHarness.UnknownChannel, warning, StringComparison.Ordinal);
    }

    private static ConfiguredTopic Harbour(string name = "harbour", string channel = TopicSyncHarness.Channel) => new()
    {
        Name = name,
        Query = "ferry OR port",
        ChannelId = channel,
        Schedule = "daily 08:00",
        TimeZone = "Europe/Berlin",
        MaxStories = 5,
        Language = "en",
        Feeds = ["https://tidewater.example/rss"],
    };

    private static Topic CommandTopic(string name) => new()
    {
        Id = 41,
        Name = name,
        GuildId = "500",
        ChannelId = TopicSyncHarness.SecondChannel,
        Schedule = "hourly",
        Feeds = ["https://ledger.example/atom"],
        Origin = TopicOrigin.Command,
        CreatedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
