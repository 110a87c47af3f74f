using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands.Moderation;
using NewsBot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>DigestChannelAccess against the fake guild: channel 100 is text, 200 a forum, the guild is 500 and the bot holds role 510.</summary>
public sealed class DigestChannelAccessTests
{
    private const string Guild = "500";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckAsync_DefaultGuildTextChannel_CanPost()
    {
        await using var harness = await Harness.StartAsync();

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal(new ChannelAccess(true, ChannelType.GuildText, Guild, null), access with { Permissions = default });
        Assert.True(access.Permissions.HasFlag(DiscordPermissions.EmbedLinks));
    }

    [Fact]
    public async Task CheckAsync_DefaultForum_CanPost()
    {
        await using var harness = await Harness.StartAsync();

        var access = await Access(harness).CheckAsync("200", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((true, ChannelType.GuildForum), (access.CanPost, access.ChannelType));
    }

    [Fact]
    public async Task CheckAsync_EveryoneOverwriteDeniesSend_RefusedAsTheFakeWouldRefuseThePost()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(Guild, deny: FakePermissions.SendMessages));

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);
        var post = await harness.Rest.Channels.CreateMessageAsync("100", new() { Content = "digest" }, Token);

        Assert.Equal((false, "I'm not allowed to send messages there"), (access.CanPost, access.Reason));
        Assert.Equal(50013, post.Error!.Code);
    }

    [Fact]
    public async Task CheckAsync_BotRoleOverwriteAllowsSendAgain_CanPost()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(Guild, deny: FakePermissions.SendMessages));
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(FakeGuild.BotRoleId, allow: FakePermissions.SendMessages));

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);
        var post = await harness.Rest.Channels.CreateMessageAsync("100", new() { Content = "digest" }, Token);

        Assert.True(access.CanPost, access.Reason);
        Assert.True(post.IsSuccess);
    }

    [Fact]
    public async Task CheckAsync_MemberOverwriteDeniesTheBotUser_RefusedByUserIdNotApplicationId()
    {
        await using var harness = await Harness.StartAsync(new FakeDiscordOptions { BotUserId = "900000000000000077" });
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Member("900000000000000077", deny: FakePermissions.SendMessages));

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal("I'm not allowed to send messages there", access.Reason);
    }

    [Fact]
    public async Task CheckAsync_ForumDeniesSend_SaysItCannotCreatePosts()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("200", FakeOverwrite.Role(Guild, deny: FakePermissions.SendMessages));

        var access = await Access(harness).CheckAsync("200", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((false, ChannelType.GuildForum, "I'm not allowed to create posts there"), (access.CanPost, access.ChannelType, access.Reason));
    }

    [Fact]
    public async Task CheckAsync_ForumDeniesSendInThreads_AsksForIt()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("200", FakeOverwrite.Role(Guild, deny: FakePermissions.SendMessagesInThreads));

        var access = await Access(harness).CheckAsync("200", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.False(access.CanPost);
        Assert.Contains("Send Messages in Threads", access.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_EveryoneLacksEmbedLinks_AsksForEmbedLinks()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.SetEveryonePermissions(FakePermissions.EveryoneDefault & ~FakePermissions.EmbedLinks);

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((false, "I need the Embed Links permission there"), (access.CanPost, access.Reason));
    }

    [Fact]
    public async Task CheckAsync_BotRoleIsAdministrator_CanPostDespiteEveryDeny()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.Roles[FakeGuild.BotRoleId] = new FakeRole("Harbour Wire", FakePermissions.Administrator, 1);
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(Guild, deny: ulong.MaxValue));

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((true, DiscordPermissions.All), (access.CanPost, access.Permissions));
    }

    [Fact]
    public async Task CheckAsync_ViewDenied_SaysItCannotSeeTheChannel()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Guild.AddOverwrite("100", FakeOverwrite.Role(Guild, deny: FakePermissions.ViewChannel));

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((false, "I can't see <#100>"), (access.CanPost, access.Reason));
    }

    [Fact]
    public async Task CheckAsync_NoPermissionChannelKind_AgreesWithThe50013()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Channels["103"] = FakeChannelKind.NoPermission;

        var access = await Access(harness).CheckAsync("103", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal("I'm not allowed to send messages there", access.Reason);
    }

    [Theory]
    [InlineData(FakeChannelKind.Voice, ChannelType.GuildVoice)]
    [InlineData(FakeChannelKind.Category, ChannelType.GuildCategory)]
    [InlineData(FakeChannelKind.LockedThread, ChannelType.PublicThread)]
    public async Task CheckAsync_UnsupportedChannelType_SaysWhichTypesWork(FakeChannelKind kind, ChannelType expected)
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Channels["105"] = kind;

        var access = await Access(harness).CheckAsync("105", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((false, expected, "that channel is not a text, announcement or forum channel"), (access.CanPost, access.ChannelType, access.Reason));
    }

    [Fact]
    public async Task CheckAsync_Announcement_CanPost()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.State.Channels["104"] = FakeChannelKind.Announcement;

        var access = await Access(harness).CheckAsync("104", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((true, ChannelType.GuildAnnouncement), (access.CanPost, access.ChannelType));
    }

    [Theory]
    [InlineData("999")]
    [InlineData("../users/@me")]
    [InlineData("")]
    public async Task CheckAsync_UnknownOrMalformedChannel_SaysItDoesNotExist(string channelId)
    {
        await using var harness = await Harness.StartAsync();

        var access = await Access(harness).CheckAsync(channelId, NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal(new ChannelAccess(false, null, null, "that channel does not exist or I can't access it"), access);
    }

    [Fact]
    public async Task CheckAsync_TwoChecks_AsksForTheBotUserOnceButReadsRolesEachTime()
    {
        await using var harness = await Harness.StartAsync();
        var access = Access(harness);

        var first = await access.CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);
        harness.Fake.State.Guild.SetEveryonePermissions(FakePermissions.ViewChannel);
        var second = await access.CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.Equal((true, false), (first.CanPost, second.CanPost));
        Assert.Single(harness.Fake.Requests, r => r.Path.EndsWith("/users/@me", StringComparison.Ordinal));
        Assert.Equal(2, harness.Fake.Requests.Count(r => r.Path == "/api/v10/guilds/500"));
    }

    [Fact]
    public async Task CheckAsync_GuildReadFails_ReportsARetryableError()
    {
        await using var harness = await Harness.StartAsync();
        harness.Fake.Inject("/guilds/500", FakeFailure.ServerError(500, json: true));

        var access = await Access(harness).CheckAsync("100", NewsBot.Localization.TextCatalog.Embedded.For(null), Token);

        Assert.False(access.CanPost);
        Assert.Equal((500, ChannelType.GuildText), (access.Error!.HttpStatus, access.ChannelType));
        Assert.Contains("try again", access.Reason, StringComparison.Ordinal);
    }

    private static DigestChannelAccess Access(Harness harness) => harness.Services.GetRequiredService<DigestChannelAccess>();

    /// <summary>The fake Discord and the check wired to it through the real Discord registration.</summary>
    private sealed class Harness(FakeDiscordServer fake, ServiceProvider services) : IAsyncDisposable
    {
        public FakeDiscordServer Fake => fake;
        public IServiceProvider Services => services;
        public DiscordApi Rest => services.GetRequiredService<DiscordApi>();

        public static async Task<Harness> StartAsync(FakeDiscordOptions? options = null)
        {
            var fake = await FakeDiscordServer.StartAsync(options, cancellationToken: Token);
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(fake.Settings).Build());
            services.AddLogging();
            services.AddNewsBotDiscord();
            services.Configure<DiscordOptions>(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(5));
            services.AddSingleton<DigestChannelAccess>();
            return new Harness(fake, services.BuildServiceProvider());
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await fake.DisposeAsync();
        }
    }
}
