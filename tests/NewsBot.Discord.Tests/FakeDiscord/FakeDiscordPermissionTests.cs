using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake refuses posts by the bot's computed permissions, as Discord does.</summary>
public sealed class FakeDiscordPermissionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetChannel_EveryoneDeniedView_Returns403With50001()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role("500", deny: FakePermissions.ViewChannel));

        var result = await harness.Rest.Channels.GetChannelAsync("100", Token);

        Assert.Equal((403, 50001), (result.Error!.HttpStatus, result.Error.Code));
    }

    [Fact]
    public async Task CreateForumThread_EveryoneDeniedSendButBotMemberAllowed_Succeeds()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("200", FakeOverwrite.Role("500", deny: FakePermissions.SendMessages));
        harness.Fake.State.Guild.AddOverwrite("200", FakeOverwrite.Member(harness.Fake.Options.BotUserId, allow: FakePermissions.SendMessages));

        var result = await harness.Rest.Channels.CreateForumThreadAsync("200", new() { Name = "Morning digest", Message = new() { Content = "digest" } }, Token);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task CreateMessage_GuildOwnerIsTheBot_IgnoresDenies()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Guild.OwnerId = harness.Fake.Options.BotUserId;
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role("500", deny: ulong.MaxValue));

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new() { Content = "digest" }, Token);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task GetGuild_OverItsBucket_Returns429WhileMembersAndUsersHaveTheirOwnBuckets()
    {
        var limits = new Dictionary<string, FakeBucketLimit> { [FakeBuckets.Guilds] = new(1, TimeSpan.FromSeconds(30)) };
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Buckets = limits }, cancellationToken: Token);
        using var http = new RawDiscordHttp(fake);

        var (first, _, headers) = await http.SendAsync("/guilds/500", "", method: "GET");
        var (second, _, _) = await http.SendAsync("/guilds/500", "", method: "GET");
        var (member, _, _) = await http.SendAsync("/guilds/500/members/" + fake.Options.BotUserId, "", method: "GET");
        var (me, _, _) = await http.SendAsync("/users/@me", "", method: "GET");

        Assert.Equal((200, 429, 200, 200), (first, second, member, me));
        Assert.Equal("0", headers.GetValues("X-RateLimit-Remaining").Single());
    }
}
