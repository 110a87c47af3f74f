using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Permissions;

/// <summary>BotPermissions against the fake guild: channel 100 is text, the guild is 500 and the bot holds role 510.</summary>
public sealed class BotPermissionsTests
{
    private const string Guild = "500";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InChannelAsync_EveryoneOverwriteDeniesSend_WithoutSendAndItsImplicitEmbeds()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(Guild, deny: FakePermissions.SendMessages));

        var permissions = await InChannelAsync(harness, "100");

        Assert.True(permissions.HasFlag(DiscordPermissions.ViewChannel));
        Assert.False(permissions.HasFlag(DiscordPermissions.SendMessages));
        Assert.False(permissions.HasFlag(DiscordPermissions.EmbedLinks));
    }

    [Fact]
    public async Task InChannelAsync_MemberOverwriteOnTheBotUser_AppliedByUserIdNotApplicationId()
    {
        await using var harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { BotUserId = "900000000000000077" });
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Member("900000000000000077", deny: FakePermissions.SendMessages));

        var permissions = await InChannelAsync(harness, "100");

        Assert.False(permissions.HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public async Task InChannelAsync_BotRoleIsAdministrator_EverythingDespiteEveryDeny()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Guild.Roles[FakeGuild.BotRoleId] = new FakeRole("Harbour Wire", FakePermissions.Administrator, 1);
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(Guild, deny: ulong.MaxValue));

        Assert.Equal(DiscordPermissions.All, await InChannelAsync(harness, "100"));
    }

    [Fact]
    public async Task InChannelAsync_GuildReadFails_ReturnsDiscordsError()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Inject("/guilds/500", FakeFailure.ServerError(500, json: true));
        var channel = (await harness.Rest.Channels.GetChannelAsync("100", Token)).GetValueOrThrow();

        var result = await harness.Services.GetRequiredService<BotPermissions>().InChannelAsync(channel, Token);

        Assert.Equal((500, DiscordPermissions.None), (result.Error!.HttpStatus, result.Value));
    }

    [Fact]
    public async Task InChannelAsync_ChannelOfNoGuild_Throws()
    {
        await using var harness = await DiscordHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            harness.Services.GetRequiredService<BotPermissions>().InChannelAsync(new Channel { Id = "77", Type = 1 }, Token));
    }

    private static async Task<DiscordPermissions> InChannelAsync(DiscordHarness harness, string channelId)
    {
        var channel = (await harness.Rest.Channels.GetChannelAsync(channelId, Token)).GetValueOrThrow();
        return (await harness.Services.GetRequiredService<BotPermissions>().InChannelAsync(channel, Token)).GetValueOrThrow();
    }
}
