using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake's Create Message nonce rules: validation, echo, and enforce_nonce deduplication.</summary>
public sealed class FakeDiscordNonceTests : IAsyncLifetime
{
    private FakeDiscordServer _fake = null!;
    private RawDiscordHttp _http = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _http = new RawDiscordHttp(_fake);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task CreateMessage_NonceOf26Characters_Returns50035AtNonceAndStoresNothing()
    {
        var (status, body, _) = await SendAsync(new string('n', 26), enforce: true);

        Assert.Equal((400, 50035), (status, body["code"]!.GetValue<int>()));
        Assert.Equal("BASE_TYPE_MAX_LENGTH", body["errors"]!["nonce"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(_fake.State.Messages);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1.5")]
    [InlineData("""{"id":"1"}""")]
    public async Task CreateMessage_NonceNeitherStringNorInteger_Returns50035AtNonce(string nonce)
    {
        var (status, body, _) = await _http.SendAsync("/channels/100/messages", $$"""{"content":"x","nonce":{{nonce}}}""");

        Assert.Equal(400, status);
        Assert.NotNull(body["errors"]!["nonce"]);
    }

    [Fact]
    public async Task CreateMessage_EnforceNonceNotABoolean_Returns50035()
    {
        var (status, body, _) = await _http.SendAsync("/channels/100/messages", """{"content":"x","nonce":"a","enforce_nonce":"yes"}""");

        Assert.Equal(400, status);
        Assert.NotNull(body["errors"]!["enforce_nonce"]);
    }

    [Fact]
    public async Task CreateMessage_IntegerNonce_IsEchoedAsSentAndMatchesTheSameNonceAsString()
    {
        var (_, first, _) = await _http.SendAsync("/channels/100/messages", """{"content":"x","nonce":4242,"enforce_nonce":true}""");
        var (status, again, _) = await SendAsync("4242", enforce: true);

        Assert.Equal(JsonValueKind.Number, first["nonce"]!.GetValueKind());
        Assert.Null(first["enforce_nonce"]);
        Assert.Equal(200, status);
        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Equal(1, _fake.State.DuplicateNoncesAnswered);
    }

    [Fact]
    public async Task CreateMessage_EarlierMessageSentWithoutEnforce_IsReturnedToALaterEnforcedCreate()
    {
        var (_, first, _) = await SendAsync("digest-1", enforce: false);
        var (_, again, _) = await SendAsync("digest-1", enforce: true);

        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Single(_fake.State.Messages);
    }

    [Fact]
    public async Task CreateMessage_EightConcurrentResendsOfOneNonce_StoreOneMessage()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync("digest-2", enforce: true)));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.Single(replies.Select(r => r.Body["id"]!.GetValue<string>()).Distinct());
        Assert.Single(_fake.State.Messages);
        Assert.Equal(7, _fake.State.DuplicateNoncesAnswered);
    }

    private Task<(int Status, JsonNode Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> SendAsync(string nonce, bool enforce) =>
        _http.SendAsync("/channels/100/messages", new JsonObject { ["content"] = "digest", ["nonce"] = nonce, ["enforce_nonce"] = enforce }.ToJsonString());
}
