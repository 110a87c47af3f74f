using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests
{
    [Fact]
    public async Task Run_FreshStart_IdentifiesWithNoIntentsAndReceivesInteractions()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        var interaction = await harness.Gateway.SendInteractionAsync("ping");
        await harness.WaitUntilAsync(() => harness.Handler.InteractionIds.Contains(interaction.Id));
        await harness.WaitUntilAsync(() => harness.Gateway.Heartbeats.Any(h => h != "null"));

        Assert.Equal(0, harness.Gateway.LastIdentify!["intents"]!.GetValue<int>());
        Assert.Equal("<valid>", harness.Gateway.LastIdentify["token"]!.GetValue<string>());
        Assert.StartsWith("connect:/gateway", harness.Gateway.Events[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoGatewayUrlSetting_AsksGetGatewayBotForIt()
    {
        await using var harness = await GatewayHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:GatewayUrl"] = null });

        await harness.WaitUntilReadyAsync();

        Assert.Contains(harness.Discord.Fake.Requests, r => r.Path == "/api/v10/gateway/bot" && r.Status == 200);
    }

    [Fact]
    public async Task Run_ConnectionDropped_ResumesAndLosesNoInteraction()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Gateway.DropConnection();
        var missed = await harness.Gateway.SendInteractionAsync("ping");
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);
        var after = await harness.Gateway.SendInteractionAsync("ping");
        await harness.WaitUntilAsync(() => harness.Handler.InteractionIds.Contains(after.Id));

        Assert.Single(harness.Handler.InteractionIds, id => id == missed.Id);
        Assert.Equal(1, harness.Gateway.Identifies);
        Assert.Contains("connect:/resume-gateway", harness.Gateway.Events);
    }

    [Fact]
    public async Task Run_ReconnectWhileInteractionHandled_HandlerNotCancelled()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        var interaction = await harness.Gateway.SendInteractionAsync("ping");
        await harness.WaitUntilAsync(() => harness.Handler.InteractionIds.Contains(interaction.Id));

        await harness.Gateway.SendReconnectAsync();
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);

        // The reply goes over REST with the interaction's token, not over this socket: a resume (or a zombie connection on
        // a loaded machine) must not cancel a /quotes fetch half-way, after its defer and before its followup.
        Assert.False(harness.Handler.TokenOf(interaction.Id).IsCancellationRequested);
    }

    [Fact]
    public async Task Run_ReconnectRequested_ResumesOnTheResumeUrl()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        await harness.Gateway.SendReconnectAsync();
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);

        Assert.Contains("connect:/resume-gateway", harness.Gateway.Events);
        Assert.Equal(1, harness.Gateway.Identifies);
    }

    [Fact]
    public async Task Run_InvalidSessionResumable_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        await harness.Gateway.SendInvalidSessionAsync(resumable: true);
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);

        Assert.Equal(1, harness.Gateway.Identifies);
    }

    [Fact]
    public async Task Run_InvalidSessionNotResumable_IdentifiesAfresh()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        await harness.Gateway.SendInvalidSessionAsync(resumable: false);
        await harness.WaitUntilAsync(() => harness.Gateway.Count("ready") == 2);

        Assert.Equal(0, harness.Gateway.Count("resume"));
        Assert.Equal(998, harness.Discord.Fake.State.SessionStartsRemaining);
    }

    [Fact]
    public async Task Run_HeartbeatAcksStop_DetectsZombieClosesWithoutEndingSessionAndResumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Gateway.AcknowledgeHeartbeats = false;
        await harness.WaitUntilAsync(() => harness.Gateway.Events.Contains("client-close:4000") || harness.Gateway.Events.Contains("dropped"));
        harness.Gateway.AcknowledgeHeartbeats = true;
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes >= 1);

        Assert.Equal(1, harness.Gateway.Identifies);
    }

    [Fact]
    public async Task Run_ResumableCloseCode_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        await harness.Gateway.CloseAsync(4000);
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);

        Assert.Equal(1, harness.Gateway.Identifies);
    }

    [Fact]
    public async Task Run_SessionTimedOutClose_IdentifiesAfresh()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        await harness.Gateway.CloseAsync(4009);
        await harness.WaitUntilAsync(() => harness.Gateway.Count("ready") == 2);

        Assert.Equal(0, harness.Gateway.Count("resume"));
    }

    [Fact]
    public async Task Run_TokenRejected_StopsWith4004AndDoesNotReconnect()
    {
        await using var harness = await GatewayHarness.StartAsync(token: "bad.token.value");

        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run);

        Assert.Equal(4004, error.CloseCode);
        Assert.True(error.AuthenticationFailed);
        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bad.token.value", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Gateway.Events, e => e.StartsWith("connect:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Run_FatalCloseCode_StopsWithoutReconnecting(int code)
    {
        await using var harness = await GatewayHarness.StartAsync(arrange: gateway => gateway.CloseNextIdentifyWith(code));

        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run);

        Assert.Equal(code, error.CloseCode);
        Assert.False(error.AuthenticationFailed);
        Assert.Single(harness.Gateway.Events, e => e.StartsWith("connect:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readiness_GatewayClosesTheSocket_NotReadyUntilResumed()
    {
        var time = new FakeTimeProvider();
        await using var harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { IdentifyInterval = TimeSpan.Zero, HeartbeatTimeoutIntervals = 10_000 }, time: time,
            settings: new Dictionary<string, string?> { ["Discord:ReadinessGraceSeconds"] = "0" });
        var client = harness.Services.GetRequiredService<DiscordGatewayClient>();
        using var stop = new CancellationTokenSource();
        // Read before the run starts: on a fast loopback the session can be ready before the line after RunAsync.
        var connecting = client.Readiness.WaitingFor();
        var run = client.RunAsync(stop.Token);
        await FakeDiscordServer.WaitUntilAsync(() => client.Readiness.WaitingFor() is null, TestContext.Current.CancellationToken);

        await harness.Fake.Gateway.CloseAsync(4000);
        await FakeDiscordServer.WaitUntilAsync(() => client.Readiness.WaitingFor() is not null, TestContext.Current.CancellationToken);
        var closed = client.Readiness.WaitingFor();
        await FakeClock.AdvanceUntilAsync(time, () => harness.Fake.Gateway.Resumes == 1);
        await FakeDiscordServer.WaitUntilAsync(() => client.Readiness.WaitingFor() is null, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await run.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal("connecting", connecting);
        Assert.StartsWith("connection closed, reconnecting", closed, StringComparison.Ordinal);
        Assert.Equal(1, harness.Fake.Gateway.Identifies);
    }
}
