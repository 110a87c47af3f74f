using NewsBot.Discord.Models;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Forum tags and crossposts through the client against the fake, which enforces Discord's rules for both.</summary>
public sealed class ChannelsApiForumTests
{
    private const string Forum = "200";
    private const string News = "150";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ModifyForumTags_WithoutManageChannels_Refused50013AndTagsUnchanged()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Channels.ModifyForumTagsAsync(Forum, [new ForumTag { Name = "Harbour" }], Token);

        Assert.Equal((403, 50013), (result.Error!.HttpStatus, result.Error.Code));
        Assert.Empty(harness.Fake.State.Forums.TagsOf(Forum));
    }

    [Fact]
    public async Task ModifyForumTags_WithManageChannels_NewTagGetsAnIdExistingKeepsIt()
    {
        await using var harness = await DiscordHarness.StartAsync();
        AllowManageChannels(harness);
        harness.Fake.State.Forums.Tags[Forum] = [new FakeForumTag("880", "Ferries")];

        var result = await harness.Rest.Channels.ModifyForumTagsAsync(Forum, [new ForumTag { Id = "880", Name = "Ferries" }, new ForumTag { Name = "Harbour" }], Token);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var tags = result.Value!.AvailableTags!;
        Assert.Equal(["Ferries", "Harbour"], tags.Select(t => t.Name));
        Assert.Equal("880", tags[0].Id);
        Assert.False(string.IsNullOrEmpty(tags[1].Id));
    }

    [Fact]
    public async Task ModifyForumTags_TwentyOneTags_Refused50035()
    {
        await using var harness = await DiscordHarness.StartAsync();
        AllowManageChannels(harness);

        var result = await harness.Rest.Channels.ModifyForumTagsAsync(Forum, [.. Enumerable.Range(0, 21).Select(i => new ForumTag { Name = $"tag {i}" })], Token);

        Assert.Equal(50035, result.Error!.Code);
        Assert.Contains("available_tags", result.Error.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateForumThread_UnknownOrSixTags_Refused50035()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Forums.Tags[Forum] = [.. Enumerable.Range(1, 6).Select(i => new FakeForumTag($"88{i}", $"tag {i}"))];

        var unknown = await harness.Rest.Channels.CreateForumThreadAsync(Forum, Thread(["999"]), Token);
        var six = await harness.Rest.Channels.CreateForumThreadAsync(Forum, Thread([.. Enumerable.Range(1, 6).Select(i => $"88{i}")]), Token);
        var five = await harness.Rest.Channels.CreateForumThreadAsync(Forum, Thread([.. Enumerable.Range(1, 5).Select(i => $"88{i}")]), Token);

        Assert.Equal((50035, 50035), (unknown.Error!.Code, six.Error!.Code));
        Assert.True(five.IsSuccess, five.Error?.ToString());
        Assert.Equal(5, Assert.Single(harness.Fake.State.Forums.PostsIn(Forum)).AppliedTags.Count);
    }

    [Fact]
    public async Task CrosspostMessage_EleventhWithinTheHour_429HandedBackAtOnceWithItsRetryAfter()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Channels[News] = FakeChannelKind.Announcement;
        var ids = new List<string>();
        for (var i = 0; i < 11; i++)
            ids.Add((await harness.Rest.Channels.CreateMessageAsync(News, new MessagePayload { Content = $"Tide table {i}" }, Token)).Value!.Id);

        var results = new List<NewsBot.Discord.Rest.DiscordResult<Message>>();
        foreach (var id in ids)
            results.Add(await harness.Rest.Channels.CrosspostMessageAsync(News, id, Token));

        Assert.All(results.Take(10), r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        var limited = results[10].Error!;
        Assert.Equal(429, limited.HttpStatus);
        Assert.InRange(limited.RetryAfter!.Value.TotalMinutes, 59, 60);
        Assert.Equal(1, harness.Fake.State.Forums.CrosspostsRateLimited);
    }

    [Fact]
    public async Task CrosspostMessage_TextChannelOrTwice_RefusedWithDiscordsCodes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Channels[News] = FakeChannelKind.Announcement;
        var text = (await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "Tide table" }, Token)).Value!.Id;
        var news = (await harness.Rest.Channels.CreateMessageAsync(News, new MessagePayload { Content = "Tide table" }, Token)).Value!.Id;

        var inText = await harness.Rest.Channels.CrosspostMessageAsync("100", text, Token);
        var first = await harness.Rest.Channels.CrosspostMessageAsync(News, news, Token);
        var again = await harness.Rest.Channels.CrosspostMessageAsync(News, news, Token);

        Assert.Equal(50024, inText.Error!.Code);
        Assert.True(first.IsSuccess, first.Error?.ToString());
        Assert.Equal(40033, again.Error!.Code);
    }

    private static void AllowManageChannels(DiscordHarness harness) =>
        harness.Fake.State.Guild.Roles[FakeGuild.BotRoleId] = harness.Fake.State.Guild.Roles[FakeGuild.BotRoleId] with { Permissions = FakePermissions.ManageChannels };

    private static ForumThreadPayload Thread(IReadOnlyList<string> tags) =>
        new() { Name = "Ferry link approved", Message = new MessagePayload { Content = "The harbour board said yes." }, AppliedTags = tags };
}
