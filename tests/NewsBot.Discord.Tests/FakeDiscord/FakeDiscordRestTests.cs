using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake itself enforces Discord's REST rules, so the client's tests prove something.</summary>
public sealed class FakeDiscordRestTests : IAsyncLifetime
{
    private FakeDiscordServer _fake = null!;
    private RawDiscordHttp _http = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            Buckets = new Dictionary<string, FakeBucketLimit> { [FakeBuckets.ChannelMessages] = new(1, TimeSpan.FromSeconds(30)) },
        }, cancellationToken: TestContext.Current.CancellationToken);
        _http = new RawDiscordHttp(_fake);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task CreateMessage_NoAuthorization_Returns401AndCountsAsInvalid()
    {
        var (status, body, _) = await SendAsync("/channels/100/messages", """{"content":"x"}""", auth: false);

        Assert.Equal(401, status);
        Assert.Equal(0, body["code"]!.GetValue<int>());
        Assert.Equal(1, _fake.InvalidRequests);
    }

    [Fact]
    public async Task CreateMessage_MalformedJson_Returns50109()
    {
        var (status, body, _) = await SendAsync("/channels/100/messages", """{"content":""");

        Assert.Equal((400, 50109), (status, body["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task CreateMessage_ContentOver2000_Returns50035WithThePath()
    {
        var (status, body, _) = await SendAsync("/channels/100/messages", new JsonObject { ["content"] = new string('a', 2001) }.ToJsonString());

        Assert.Equal(400, status);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", body["errors"]!["content"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_EmbedsOver6000_ReturnsMaxEmbedSizeExceeded()
    {
        var embeds = new JsonArray(new JsonObject { ["description"] = new string('a', 4000) }, new JsonObject { ["description"] = new string('b', 2001) });

        var (_, body, _) = await SendAsync("/channels/100/messages", new JsonObject { ["embeds"] = embeds }.ToJsonString());

        Assert.Equal("MAX_EMBED_SIZE_EXCEEDED", body["errors"]!["embeds"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_EphemeralFlagOrConflictingMentions_Rejected()
    {
        var (_, flags, _) = await SendAsync("/channels/100/messages", """{"content":"x","flags":64}""");
        _fake.State.Channels["101"] = FakeChannelKind.Text;
        var (_, mentions, _) = await SendAsync("/channels/101/messages", """{"content":"x","allowed_mentions":{"parse":["users"],"users":["1"]}}""");

        Assert.NotNull(flags["errors"]!["flags"]);
        Assert.NotNull(mentions["errors"]!["allowed_mentions"]);
    }

    [Fact]
    public async Task CreateMessage_Empty_Returns50006()
    {
        var (status, body, _) = await SendAsync("/channels/100/messages", "{}");

        Assert.Equal((400, 50006), (status, body["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task CreateMessage_OverTheBucket_Returns429WithDiscordsHeadersAndBody()
    {
        var (first, _, headers) = await SendAsync("/channels/100/messages", """{"content":"a"}""");
        var (second, body, limited) = await SendAsync("/channels/100/messages", """{"content":"b"}""");

        Assert.Equal(200, first);
        Assert.Equal("0", headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.NotNull(headers.GetValues("X-RateLimit-Bucket").Single());
        Assert.Equal(429, second);
        Assert.InRange(body["retry_after"]!.GetValue<double>(), 29, 30);
        Assert.False(body["global"]!.GetValue<bool>());
        Assert.Equal("30", limited.GetValues("Retry-After").Single());
        Assert.Equal("user", limited.GetValues("X-RateLimit-Scope").Single());
    }

    [Fact]
    public async Task ExecuteWebhook_WithoutWait_Returns204()
    {
        var (status, _, _) = await SendAsync("/webhooks/300/hook-token", """{"content":"x"}""", auth: false);

        Assert.Equal(204, status);
    }

    [Fact]
    public async Task BulkOverwrite_OptionalBeforeRequiredAndTooManyChoices_Rejected()
    {
        var command = """
            [{"name":"news","description":"d","options":[
              {"type":3,"name":"a","description":"d"},
              {"type":3,"name":"b","description":"d","required":true,"choices":[CHOICES]}]}]
            """.Replace("CHOICES", string.Join(",", Enumerable.Range(0, 26).Select(i => $$"""{"name":"c{{i}}","value":"{{i}}"}""")), StringComparison.Ordinal);

        var (status, body, _) = await SendAsync($"/applications/{_fake.Options.ApplicationId}/commands", command, method: "PUT");

        Assert.Equal(400, status);
        var text = body.ToJsonString();
        Assert.Contains("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", text, StringComparison.Ordinal);
        Assert.Contains("\"choices\":{\"_errors\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateCommand_NewThenSameName_Returns201Then200()
    {
        var path = $"/applications/{_fake.Options.ApplicationId}/guilds/500/commands";

        var (created, first, _) = await SendAsync(path, """{"name":"digest","description":"Today's digest"}""");
        var (replaced, second, _) = await SendAsync(path, """{"name":"digest","description":"Today's news digest"}""");

        Assert.Equal((201, 200), (created, replaced));
        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Single(_fake.State.Commands["500"]);
    }

    private Task<(int Status, JsonNode Body, HttpResponseHeaders Headers)> SendAsync(string path, string json, bool auth = true, string method = "POST") =>
        _http.SendAsync(path, json, auth, method);
}
