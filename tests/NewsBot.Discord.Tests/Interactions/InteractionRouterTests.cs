using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>Interactions end to end: fake gateway → client gateway → router → handler → REST callback into the fake.</summary>
public sealed class InteractionRouterTests : IAsyncLifetime
{
    private readonly SlowTestCommand _slow = new();
    private readonly CancellationTokenSource _stop = new();
    private DiscordHarness _harness = null!;
    private Task _gateway = Task.CompletedTask;

    private FakeGateway Gateway => _harness.Fake.Gateway;

    public async ValueTask InitializeAsync()
    {
        // A beat delayed by a loaded machine must not close the connection: a resume replays the interaction, and the
        // second answer would be refused as already acknowledged. Heartbeat timeouts have their own tests.
        _harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(500), HeartbeatTimeoutIntervals = 10 }, configure: services =>
        {
            services.AddSingleton<IDiscordCommand, PingTestCommand>();
            services.AddSingleton<IDiscordCommand>(_slow);
            services.AddSingleton<IDiscordCommand, ModeratorTestCommand>();
            services.AddSingleton<IDiscordCommand, TopicTestCommand>();
        });
        _harness.Services.GetRequiredService<InteractionRouter>().Map("topic latest", (context, token) => context.RespondAsync("latest topics", token));
        _gateway = _harness.Services.GetRequiredService<DiscordGatewayClient>().RunAsync(_stop.Token);
        await WaitAsync(() => Gateway.Count("ready") == 1);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _gateway.ContinueWith(_ => { }, TaskScheduler.Default);
        await _harness.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task Ping_Answered_EphemeralPongWithinThreeSecondsThatPingsNobody()
    {
        var interaction = await Gateway.SendInteractionAsync("ping");
        await WaitAsync(() => interaction.CallbackType is not null);

        var body = JsonNode.Parse(interaction.CallbackBody!)!;
        Assert.Equal(4, interaction.CallbackType);
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("pong @everyone", body["data"]!["content"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", body["data"]!["allowed_mentions"]!.ToJsonString());
        Assert.False(interaction.Original!.MentionEveryone);
        Assert.True(interaction.AcknowledgedAt - interaction.CreatedAt < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task SlowHandler_DeferredWithinThreeSecondsAndCompletedByPatchOriginal()
    {
        var interaction = await Gateway.SendInteractionAsync("slow");
        await WaitAsync(() => interaction.CallbackType is not null);
        _slow.Release.SetResult();
        // The request is logged after the fake has applied the edit, so wait for the log, not the edit.
        await WaitAsync(() => _harness.Fake.Requests.Any(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal)));

        Assert.Equal(5, interaction.CallbackType);
        Assert.True(interaction.AcknowledgedAt - interaction.CreatedAt < TimeSpan.FromSeconds(3));
        Assert.Equal("digest ready", interaction.Original!.Content);
        Assert.Contains(_harness.Fake.Requests, r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal) && r.Status == 200);
        Assert.DoesNotContain(_harness.Fake.Requests, r => r.Status >= 400);
    }

    [Theory]
    [InlineData("8192", "allowed")]
    [InlineData("8", "allowed")]
    [InlineData("2048", "denied")]
    public async Task ModeratorCommand_MemberPermissions_CheckedByTheHandler(string permissions, string expected)
    {
        var interaction = await Gateway.SendInteractionAsync("purge", permissions: permissions);
        await WaitAsync(() => interaction.Original is not null);

        Assert.Equal(expected, interaction.Original!.Content);
    }

    [Fact]
    public async Task Autocomplete_HandlerOffers30Choices_SendsTheFirst25()
    {
        var options = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "name", ["value"] = "har", ["focused"] = true });
        var interaction = await Gateway.SendInteractionAsync("topic", options, type: 4);
        await WaitAsync(() => interaction.CallbackType is not null);

        var choices = JsonNode.Parse(interaction.CallbackBody!)!["data"]!["choices"]!.AsArray();
        Assert.Equal(8, interaction.CallbackType);
        Assert.Equal(25, choices.Count);
        Assert.Equal("har 1", choices[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subcommand_MappedPath_RoutedToItsOwnHandler()
    {
        var options = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = "latest", ["options"] = new JsonArray() });
        var interaction = await Gateway.SendInteractionAsync("topic", options);
        await WaitAsync(() => interaction.Original is not null);

        Assert.Equal("latest topics", interaction.Original!.Content);
    }

    [Fact]
    public async Task UnknownCommand_AnsweredEphemerallyInsteadOfTimingOut()
    {
        var interaction = await Gateway.SendInteractionAsync("retired-command");
        await WaitAsync(() => interaction.CallbackType is not null);

        Assert.Equal(64, JsonNode.Parse(interaction.CallbackBody!)!["data"]!["flags"]!.GetValue<int>());
    }

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
