using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>
/// The fake judges a deferred reply's edit as Discord does: the defer may only say EPHEMERAL, the edit of @original may set
/// IS_COMPONENTS_V2 but not EPHEMERAL (who sees it was settled by the defer and stays), and the message it leaves obeys the
/// component rules.
/// </summary>
public sealed class FakeDiscordInteractionReplyTests : IAsyncLifetime
{
    private const string Story = """{"type":17,"components":[{"type":10,"content":"### Ferry"}]}""";
    private FakeDiscordServer _fake = null!;
    private RawDiscordHttp _http = null!;
    private FakeInteraction _interaction = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RateLimitsEnabled = false }, cancellationToken: TestContext.Current.CancellationToken);
        _http = new RawDiscordHttp(_fake);
        _interaction = new FakeInteraction("800", "tok-800", 2, "quotes", TimeProvider.System.GetUtcNow());
        _fake.State.Interactions[_interaction.Id] = _interaction;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Defer_WithTheComponentsFlag_Returns50035()
    {
        var (status, _, _) = await CallbackAsync("""{"type":5,"data":{"flags":32832}}""");

        Assert.Equal(400, status);
        Assert.Null(_interaction.CallbackType);
    }

    [Fact]
    public async Task EditOriginal_ComponentsAfterAnEphemeralDefer_V2AndStillEphemeral()
    {
        await CallbackAsync("""{"type":5,"data":{"flags":64}}""");

        var (status, _, _) = await EditAsync($$"""{"flags":32768,"components":[{{Story}}]}""");

        Assert.Equal(200, status);
        Assert.Equal(32768 | 64, _interaction.Original!.Body["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task EditOriginal_CompletingTheDeferThenChangingIt_OnlyTheChangeHasAnEditedTimestamp()
    {
        await CallbackAsync("""{"type":5}""");

        var (_, completed, _) = await EditAsync("""{"content":"Fetching…"}""");
        var (_, changed, _) = await EditAsync("""{"content":"Three quotes"}""");

        Assert.Null(completed["edited_timestamp"]);
        Assert.NotNull(changed["edited_timestamp"]);
        Assert.NotNull(_interaction.Original!.EditedAt);
    }

    [Fact]
    public async Task EditOriginal_EphemeralFlag_Returns50035()
    {
        await CallbackAsync("""{"type":5}""");

        var (status, body, _) = await EditAsync($$"""{"flags":32832,"components":[{{Story}}]}""");

        Assert.Equal((400, 50035), (status, body["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task EditOriginal_ComponentsWithoutTheFlagOrTextOver4000_Returns50035()
    {
        await CallbackAsync("""{"type":5}""");
        var long1 = new JsonObject { ["type"] = 10, ["content"] = new string('a', 2500) };
        var long2 = new JsonObject { ["type"] = 10, ["content"] = new string('b', 1501) };

        var (withoutFlag, _, _) = await EditAsync($$"""{"components":[{{Story}}]}""");
        var (tooLong, _, _) = await EditAsync(new JsonObject { ["flags"] = 32768, ["components"] = new JsonArray(long1, long2) }.ToJsonString());

        Assert.Equal((400, 400), (withoutFlag, tooLong));
    }

    [Fact]
    public async Task EditOriginal_DroppingTheFlagOfAComponentsReply_Refused()
    {
        await CallbackAsync("""{"type":5}""");
        await EditAsync($$"""{"flags":32768,"components":[{{Story}}]}""");

        var (status, body, _) = await EditAsync("""{"flags":0,"components":[],"content":"plain again"}""");

        Assert.Equal(400, status);
        Assert.Equal("MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG", body["errors"]!["flags"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    private Task<(int Status, JsonNode Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> CallbackAsync(string json) =>
        _http.SendAsync($"/interactions/{_interaction.Id}/{_interaction.Token}/callback", json, auth: false);

    private Task<(int Status, JsonNode Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> EditAsync(string json) =>
        _http.SendAsync($"/webhooks/{_fake.Options.ApplicationId}/{_interaction.Token}/messages/@original", json, auth: false, method: "PATCH");
}
