using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Interactions.Http;

/// <summary>Signed interactions from the fake Discord → endpoint on loopback Kestrel → router → the answer and REST followups.</summary>
public sealed class HttpInteractionEndpointTests : IAsyncLifetime
{
    private readonly SlowTestCommand _slow = new();
    private DiscordHarness _harness = null!;
    private WebApplication _web = null!;
    private Uri _endpoint = null!;

    private FakeHttpInteractions Http => _harness.Fake.Http;

    public async ValueTask InitializeAsync()
    {
        _harness = await DiscordHarness.StartAsync(configure: services =>
        {
            services.AddSingleton<IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>();
            services.AddSingleton<IDiscordCommand, PingTestCommand>();
            services.AddSingleton<IDiscordCommand>(_slow);
            // Well inside the fake's 3 s even on a loaded machine; the default's margin is the gateway tests' subject.
            services.Configure<DiscordOptions>(o => o.DeferAfter = TimeSpan.FromMilliseconds(300));
        }, settings: new Dictionary<string, string?> { ["Discord:InteractionsMode"] = "http" }, httpPublicKey: true);
        var endpoint = _harness.Services.GetRequiredService<HttpInteractionEndpoint>();
        _web = LoopbackKestrel.Create();
        _web.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var answer = await endpoint.AnswerAsync(
                context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body.ToArray(), context.RequestAborted);
            context.Response.StatusCode = answer.Status;
            if (answer.Json is { } json)
                await context.Response.Body.WriteAsync(json, context.RequestAborted);
            await context.Response.CompleteAsync();
            answer.Delivered();
        });
        _endpoint = await LoopbackKestrel.StartAsync(_web, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _slow.Release.TrySetResult();
        await _harness.Services.GetRequiredService<InteractionRouter>().DrainAsync();
        await _web.DisposeAsync();
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task Answer_Ping_200WithPong()
    {
        var answer = await Http.SendPingAsync(_endpoint);

        Assert.Equal(200, answer.Status);
        Assert.Equal("""{"type":1}""", answer.Body);
    }

    [Theory]
    [InlineData(FakeSignature.Missing)]
    [InlineData(FakeSignature.Tampered)]
    [InlineData(FakeSignature.WrongKey)]
    [InlineData(FakeSignature.Stale)]
    public async Task Answer_BadSignature_401AndTheCommandNeverRuns(FakeSignature signature)
    {
        var ping = await Http.SendPingAsync(_endpoint, signature);
        var command = await Http.SendAsync(_endpoint, Unregistered("ping"), signature);

        Assert.Equal(401, ping.Status);
        Assert.Equal(401, command.Status);
        Assert.Null(command.Interaction!.CallbackType);
        Assert.Empty(_harness.Fake.Requests);
    }

    [Fact]
    public async Task Answer_QuickHandler_ReplyIsTheResponseBodyWithoutACallback()
    {
        var answer = await Http.SendAsync(_endpoint, Unregistered("ping"));

        var body = JsonNode.Parse(answer.Body)!;
        Assert.Equal(200, answer.Status);
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal("pong @everyone", body["data"]!["content"]!.GetValue<string>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("""{"parse":[]}""", body["data"]!["allowed_mentions"]!.ToJsonString());
        Assert.False(answer.Interaction!.Original!.MentionEveryone);
        Assert.DoesNotContain(_harness.Fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_SlowHandler_DeferredInTheAnswerThenCompletedByPatchOriginal()
    {
        var answer = await Http.SendAsync(_endpoint, Unregistered("slow"));
        _slow.Release.SetResult();
        await FakeDiscordServer.WaitUntilAsync(() => answer.Interaction!.OriginalEditedAt is not null, TestContext.Current.CancellationToken);

        Assert.Equal(5, JsonNode.Parse(answer.Body)!["type"]!.GetValue<int>());
        Assert.Equal(5, answer.Interaction!.CallbackType);
        Assert.True(answer.Interaction.AcknowledgedAt - answer.Interaction.CreatedAt < TimeSpan.FromSeconds(3));
        Assert.Equal("digest ready", answer.Interaction.Original!.Content);
        Assert.Contains(_harness.Fake.Requests, r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal) && r.Status == 200);
        Assert.DoesNotContain(_harness.Fake.Requests, r => r.Status >= 400);
    }

    // The harness registers no commands with the fake (DiscordBotService is not running), so the fake does not check the offer.
    private static FakeInvocation Unregistered(string name) => new(name) { RequireRegistration = false };
}
