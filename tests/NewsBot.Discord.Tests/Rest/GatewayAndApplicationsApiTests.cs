namespace NewsBot.Discord.Tests.Rest;

public sealed class GatewayAndApplicationsApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetGatewayBot_ValidToken_ReturnsTheGatewayUrlAndSessionLimits()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var info = (await harness.Rest.Gateway.GetGatewayBotAsync(Token)).GetValueOrThrow();

        Assert.Equal(harness.Fake.GatewayUrl, info.Url);
        Assert.Equal(1000, info.SessionStartLimit!.Remaining);
    }

    [Fact]
    public async Task GetCurrentApplication_ValidToken_ReturnsItsId()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var application = (await harness.Rest.Applications.GetCurrentAsync(Token)).GetValueOrThrow();

        Assert.Equal(harness.Fake.Options.ApplicationId, application.Id);
    }
}
