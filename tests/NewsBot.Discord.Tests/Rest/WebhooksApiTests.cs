using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Rest;

public sealed class WebhooksApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_ValidWebhook_WaitsForTheSavedMessageWithoutBotAuth()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Webhooks.ExecuteAsync("300", "hook-token", new WebhookPayload { Content = "<@42> harbour news", Username = "Harbour Wire" }, Token);

        Assert.Equal("harbour news", result.GetValueOrThrow().Content![6..]);
        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal("?wait=true", request.Query);
        Assert.Null(request.Header("Authorization"));
        Assert.Empty(Assert.Single(harness.Fake.State.Messages).MentionedUsers);
    }

    [Fact]
    public async Task Execute_BadToken_Returns50027AndTheBotTokenStaysUsable()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var bad = await harness.Rest.Webhooks.ExecuteAsync("300", "wrong", new WebhookPayload { Content = "x" }, Token);
        var unknown = await harness.Rest.Webhooks.ExecuteAsync("301", "hook-token", new WebhookPayload { Content = "x" }, Token);
        var after = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "still here" }, Token);

        Assert.Equal((401, 50027), (bad.Error!.HttpStatus, bad.Error.Code));
        Assert.Equal(10015, unknown.Error!.Code);
        Assert.True(after.IsSuccess);
    }
}
