using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest;

public sealed class ChannelsApiGetChannelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetChannel_Forum_ReturnsType15AndTheGuild()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var channel = (await harness.Rest.Channels.GetChannelAsync("200", Token)).GetValueOrThrow();

        Assert.Equal(("200", 15, "500"), (channel.Id, channel.Type, channel.GuildId));
        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal(("GET", "/api/v10/channels/200"), (request.Method, request.Path));
    }

    [Fact]
    public async Task GetChannel_Unknown_Returns404With10003()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Channels.GetChannelAsync("999", Token);

        Assert.Equal((404, 10003), (result.Error!.HttpStatus, result.Error.Code));
    }

    [Fact]
    public async Task GetChannel_NoAccess_Returns403With50001AndMessagesToo()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Channels["102"] = FakeChannelKind.NoAccess;

        var result = await harness.Rest.Channels.GetChannelAsync("102", Token);
        var send = await harness.Rest.Channels.CreateMessageAsync("102", new() { Content = "digest" }, Token);

        Assert.Equal((403, 50001, "Missing Access"), (result.Error!.HttpStatus, result.Error.Code, result.Error.Message));
        Assert.Null(result.Value);
        Assert.Equal((403, 50001), (send.Error!.HttpStatus, send.Error.Code));
    }

    [Fact]
    public async Task GetChannel_NoPermission_ReturnsTheChannelButSendingIs50013()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Channels["103"] = FakeChannelKind.NoPermission;

        var channel = (await harness.Rest.Channels.GetChannelAsync("103", Token)).GetValueOrThrow();
        var send = await harness.Rest.Channels.CreateMessageAsync("103", new() { Content = "digest" }, Token);

        Assert.Equal(("103", 0), (channel.Id, channel.Type));
        Assert.Equal((403, 50013), (send.Error!.HttpStatus, send.Error.Code));
    }

    [Fact]
    public async Task GetChannel_Announcement_ReturnsType5AndAcceptsMessages()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Channels["104"] = FakeChannelKind.Announcement;

        var channel = (await harness.Rest.Channels.GetChannelAsync("104", Token)).GetValueOrThrow();
        var sent = (await harness.Rest.Channels.CreateMessageAsync("104", new() { Content = "digest" }, Token)).GetValueOrThrow();

        Assert.Equal(5, channel.Type);
        Assert.Equal("104", sent.ChannelId);
    }
}
