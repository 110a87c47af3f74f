using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Rest;

public sealed class AuthenticationTests
{
    private const string WrongToken = "MTIzNDU2.wrong-secret-token";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyCall_TokenRejected_StopsAfterOne401WithOneClearErrorAndNoToken()
    {
        await using var harness = await DiscordHarness.StartAsync(token: WrongToken);

        var first = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "a" }, Token);
        var second = await harness.Rest.Gateway.GetGatewayBotAsync(Token);

        Assert.Equal(401, first.Error!.HttpStatus);
        Assert.Equal(401, second.Error!.HttpStatus);
        Assert.Single(harness.Fake.Requests);
        var error = Assert.Single(harness.Logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Contains("Discord:Token", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, harness.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, first.Error.ToString() + second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingCalls_WithRetriesAndErrors_NeverLogTheToken()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Inject("/messages", NewsBot.Testing.FakeDiscord.FakeFailure.ServerError(502), NewsBot.Testing.FakeDiscord.FakeFailure.Dropped());

        await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "a" }, Token);
        await harness.Rest.Channels.CreateMessageAsync("999", new MessagePayload { Content = "b" }, Token);

        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(harness.Fake.Options.Token, harness.Logs.All, StringComparison.Ordinal);
    }
}
