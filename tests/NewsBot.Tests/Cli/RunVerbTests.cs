using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Cli;

public sealed class RunVerbTests
{
    [Fact]
    public async Task Run_NoToken_NamesTheSettingAndExitsTwo()
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "" };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:Token", run.Error, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Run_TokenRejected_ExitsTwoWithOneLineAndNeverPrintsTheToken()
    {
        const string secret = "MTIzNDU2Nzg5.secret-token-value";
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>(fake.Settings) { ["Discord:Token"] = secret };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:Token", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidApiBaseUrl_OneLineNamingTheSetting()
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "t", ["Discord:ApiBaseUrl"] = "discord api" };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:ApiBaseUrl", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("Discord:InteractionsMode", "http", "Discord:PublicKey")]
    [InlineData("Discord:PublicKey", "c0ffee", "Discord:PublicKey")]
    [InlineData("Discord:InteractionsMode", "webhook", "Discord:InteractionsMode")]
    public async Task Run_BadInteractionsSetting_OneLineNamingTheSettingExitTwo(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "t", [key] = value };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AgainstFakeDiscord_RegistersCommandsAndAnswersPingEphemerally()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = CliRun.ExecuteAsync(["run"], fake.Settings, cancellationToken: stop.Token);

        await WaitAsync(() => fake.Gateway.Count("ready") == 1 || running.IsCompleted);
        var interaction = await fake.Gateway.SendInteractionAsync("ping");
        await WaitAsync(() => interaction.Original is not null || running.IsCompleted);
        await stop.CancelAsync();
        var run = await running;

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(fake.State.Commands["global"], c => c!["name"]!.GetValue<string>() == "ping");
        Assert.Equal("pong", interaction.Original!.Content);
        var body = JsonNode.Parse(interaction.CallbackBody!)!["data"]!;
        Assert.Equal(64, body["flags"]!.GetValue<int>());
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.True(interaction.AcknowledgedAt - interaction.CreatedAt < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Run_DiscordAnswers500AtStartup_LogsTheAttemptRetriesAndComesUp()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        fake.Inject("/commands", FakeFailure.ServerError(500));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = CliRun.ExecuteAsync(["run"], fake.Settings, cancellationToken: stop.Token);

        await WaitAsync(() => fake.Gateway.Count("ready") == 1 || running.IsCompleted);
        await stop.CancelAsync();
        var run = await running;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var warning = Assert.Single(run.Output.Split('\n'), l => l.Contains("not reachable at start-up", StringComparison.Ordinal));
        Assert.Contains(" warn: ", warning, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", warning, StringComparison.Ordinal);
        Assert.Contains("attempt 1", warning, StringComparison.Ordinal);
        Assert.True(fake.State.Commands.ContainsKey("global"));
    }

    [Fact]
    public async Task Run_DevGuildId_RegistersCommandsInThatGuildOnly()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>(fake.Settings) { ["Discord:DevGuildId"] = "500", ["Discord:ApplicationId"] = fake.Options.ApplicationId };
        var running = CliRun.ExecuteAsync(["run"], settings, cancellationToken: stop.Token);

        await WaitAsync(() => fake.Gateway.Count("ready") == 1 || running.IsCompleted);
        await stop.CancelAsync();
        await running;

        Assert.True(fake.State.Commands.ContainsKey("500"));
        Assert.False(fake.State.Commands.ContainsKey("global"));
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/applications/@me", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_GatewayClosesWith4004_ExitsTwoWithOneClearLine()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        fake.Gateway.CloseNextIdentifyWith(4004);

        var run = await CliRun.ExecuteAsync(["run"], fake.Settings);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("4004", line, StringComparison.Ordinal);
        Assert.Contains("authentication failed", line, StringComparison.Ordinal);
        Assert.Single(fake.Gateway.Events, e => e.StartsWith("connect:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_GatewayClosesWithDisallowedIntents_ExitsOneWithoutReconnecting()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        fake.Gateway.CloseNextIdentifyWith(4014);

        var run = await CliRun.ExecuteAsync(["run"], fake.Settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("4014", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.Single(fake.Gateway.Events, e => e.StartsWith("connect:", StringComparison.Ordinal));
    }

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
