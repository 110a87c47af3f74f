using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Cli;
using NewsBot.Tests.Commands;

namespace NewsBot.Tests.Operations;

/// <summary>
/// <c>run</c> with <c>Discord:InteractionsMode</c> = <c>http</c>: the fake Discord signs interactions and POSTs them to
/// /interactions on the bot's web host; no gateway URL is given and none is used.
/// </summary>
public sealed class InteractionsEndpointTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Interactions_HttpMode_PingPongBadSignature401AndReadyWithoutAGateway()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        await using var bot = await HttpModeBot.StartAsync(fake);

        var readyz = await HealthEndpointsTests.FirstAnswerAsync(bot.Http, bot.Urls + "/readyz", HttpStatusCode.OK);
        var pong = await fake.Http.SendPingAsync(bot.Endpoint);
        var forged = await fake.Http.SendPingAsync(bot.Endpoint, FakeSignature.WrongKey);
        var tampered = await fake.Http.SendAsync(bot.Endpoint, FakeInvocation.Slash("ping"), FakeSignature.Tampered);
        var run = await bot.StopAsync();

        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        Assert.Equal((200, """{"type":1}"""), (pong.Status, pong.Body));
        Assert.Equal(401, forged.Status);
        Assert.Equal(401, tampered.Status);
        Assert.Null(tampered.Interaction!.CallbackType);
        Assert.Empty(fake.Gateway.Events);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Interactions_HttpMode_QuotesDeferredInTheAnswerThenPostedAsAFollowup()
    {
        await using var fake = await FakeDiscordServer.StartAsync(FakeDiscordOptions.LoadTolerant, cancellationToken: Cancellation);
        await using var site = await LoopbackHttpServer.StartAsync(Cancellation);
        site.Map("/harbourline/ferry.html", LoopbackResponse.Text(InventedArticle.Page, "text/html; charset=utf-8"));
        var url = site.Url("/harbourline/ferry.html").AbsoluteUri;
        await using var bot = await HttpModeBot.StartAsync(fake, new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "true", ["Digests:Layout"] = "Embeds" });

        var answer = await fake.Http.SendAsync(bot.Endpoint, FakeInvocation.Slash("quotes", CommandHarness.Options(("url", url))));
        var interaction = answer.Interaction!;
        await FakeDiscordServer.WaitUntilAsync(() => interaction.Followups.Count > 0, Cancellation);
        await bot.StopAsync();

        Assert.Equal(200, answer.Status);
        Assert.Equal(5, JsonNode.Parse(answer.Body)!["type"]!.GetValue<int>());
        var posted = Assert.Single(interaction.Followups);
        Assert.Equal(InventedArticle.Title, DiscordReply.Embed(posted)["title"]!.GetValue<string>());
        Assert.Contains($"“{InventedArticle.Quote}” — {InventedArticle.Speaker}", DiscordReply.Description(posted), StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.All(fake.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path} answered {r.Status}: {r.Body}"));
    }
}
