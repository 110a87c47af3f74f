using NewsBot.Discord.Models;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest;

public sealed class GuildsAndUsersApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetGuild_FakeGuild_ReturnsOwnerAndRolesWithPermissionStrings()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var guild = (await harness.Rest.Guilds.GetGuildAsync("500", Token)).GetValueOrThrow();

        Assert.Equal(("500", "700"), (guild.Id, guild.OwnerId));
        var everyone = Assert.Single(guild.Roles, r => r.Id == "500");
        Assert.Equal(FakePermissions.EveryoneDefault.ToString(System.Globalization.CultureInfo.InvariantCulture), everyone.Permissions);
        Assert.Contains(guild.Roles, r => r.Id == FakeGuild.BotRoleId && r.Position == 1);
        Assert.Equal(("GET", "/api/v10/guilds/500"), (harness.Fake.Requests[0].Method, harness.Fake.Requests[0].Path));
    }

    [Fact]
    public async Task GetGuild_Unknown_Returns404With10004()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Guilds.GetGuildAsync("501", Token);

        Assert.Equal((404, 10004), (result.Error!.HttpStatus, result.Error.Code));
    }

    [Fact]
    public async Task GetMember_Bot_ReturnsItsUserAndRoles()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var member = (await harness.Rest.Guilds.GetMemberAsync("500", harness.Fake.Options.BotUserId, Token)).GetValueOrThrow();

        Assert.Equal(harness.Fake.Options.BotUserId, member.User!.Id);
        Assert.Equal([FakeGuild.BotRoleId], member.Roles);
        Assert.Equal($"/api/v10/guilds/500/members/{harness.Fake.Options.BotUserId}", Assert.Single(harness.Fake.Requests).Path);
    }

    [Fact]
    public async Task GetMember_UnknownUser_Returns404With10007()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Guilds.GetMemberAsync("500", "123456", Token);

        Assert.Equal((404, 10007, "Unknown Member"), (result.Error!.HttpStatus, result.Error.Code, result.Error.Message));
    }

    [Fact]
    public async Task GetMember_UnknownGuild_Returns404With10004()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Guilds.GetMemberAsync("501", harness.Fake.Options.BotUserId, Token);

        Assert.Equal((404, 10004), (result.Error!.HttpStatus, result.Error.Code));
    }

    [Fact]
    public async Task GetCurrentUser_ValidToken_ReturnsTheBotUser()
    {
        await using var harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { BotUserId = "900000000000000077" });

        var user = (await harness.Rest.Users.GetCurrentUserAsync(Token)).GetValueOrThrow();

        Assert.Equal(("900000000000000077", true), (user.Id, user.Bot));
        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal(("/api/v10/users/@me", "Bot " + harness.Fake.Options.Token), (request.Path, request.Header("Authorization")));
    }

    [Fact]
    public async Task GetChannel_WithOverwrites_ReturnsThemTyped()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role("500", deny: FakePermissions.SendMessages));
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Member(harness.Fake.Options.BotUserId, allow: FakePermissions.SendMessages));

        var channel = (await harness.Rest.Channels.GetChannelAsync("100", Token)).GetValueOrThrow();

        Assert.Equal(
            [
                new PermissionOverwrite { Id = "500", Type = PermissionOverwriteType.Role, Allow = "0", Deny = "2048" },
                new PermissionOverwrite { Id = harness.Fake.Options.BotUserId, Type = PermissionOverwriteType.Member, Allow = "2048", Deny = "0" },
            ],
            channel.PermissionOverwrites!);
    }
}
