using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake checks message edits as Discord does: like a create, on a message that must still be there.</summary>
public sealed class FakeDiscordEditTests : IAsyncLifetime
{
    private FakeDiscordServer _fake = null!;
    private RawDiscordHttp _http = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RateLimitsEnabled = false }, cancellationToken: TestContext.Current.CancellationToken);
        _http = new RawDiscordHttp(_fake);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task EditMessage_EmbedsOnly_ReplacesThemInPlaceAndKeepsTheContent()
    {
        var id = await PostAsync("""{"content":"header","embeds":[{"title":"Ferry link approved"}],"allowed_mentions":{"parse":[]}}""");

        var (status, body, _) = await EditAsync(id, """{"embeds":[{"title":"Ferry link approved","footer":{"text":"also in: Ledger"}}],"allowed_mentions":{"parse":[]}}""");

        Assert.Equal(200, status);
        Assert.Equal("header", body["content"]!.GetValue<string>());
        var message = Assert.Single(_fake.State.Messages);
        Assert.Equal("also in: Ledger", message.Body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single(_fake.State.Messages.Edits).Id);
    }

    [Fact]
    public async Task EditMessage_Edited_EditedTimestampSetWhereTheCreateHadNull()
    {
        var (_, created, _) = await _http.SendAsync("/channels/100/messages", """{"content":"draft","allowed_mentions":{"parse":[]}}""");
        var id = created["id"]!.GetValue<string>();

        var (status, body, _) = await EditAsync(id, """{"content":"final","allowed_mentions":{"parse":[]}}""");

        Assert.Equal(200, status);
        Assert.Null(created["edited_timestamp"]);
        Assert.True(created.AsObject().ContainsKey("edited_timestamp"));
        Assert.True(DateTimeOffset.TryParse(body["edited_timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task EditMessage_EmbedsOver6000_Returns50035LikeACreate()
    {
        var id = await PostAsync("""{"content":"header"}""");
        var embeds = new JsonArray(new JsonObject { ["description"] = new string('a', 4000) }, new JsonObject { ["description"] = new string('b', 2001) });

        var (status, body, _) = await EditAsync(id, new JsonObject { ["embeds"] = embeds }.ToJsonString());

        Assert.Equal((400, 50035), (status, body["code"]!.GetValue<int>()));
        Assert.Equal("MAX_EMBED_SIZE_EXCEEDED", body["errors"]!["embeds"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(_fake.State.Messages.Edits);
    }

    [Fact]
    public async Task EditMessage_BadAllowedMentions_Returns50035()
    {
        var id = await PostAsync("""{"content":"header"}""");

        var (status, _, _) = await EditAsync(id, """{"content":"x","allowed_mentions":{"parse":["users"],"users":["1"]}}""");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task EditMessage_MentionsWithoutAllowedMentions_ArePingedAgain()
    {
        var id = await PostAsync("""{"content":"quiet","allowed_mentions":{"parse":[]}}""");

        await EditAsync(id, """{"content":"@everyone look"}""");

        Assert.True(Assert.Single(_fake.State.Messages).MentionEveryone);
    }

    [Fact]
    public async Task EditMessage_DeletedMessage_Returns404UnknownMessage()
    {
        var id = await PostAsync("""{"content":"header"}""");
        Assert.True(_fake.State.Messages.Delete(id));

        var (status, body, _) = await EditAsync(id, """{"content":"more"}""");

        Assert.Equal((404, 10008), (status, body["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task EditMessage_MessageOfAnotherChannel_Returns404UnknownMessage()
    {
        _fake.State.Channels["101"] = FakeChannelKind.Text;
        var id = await PostAsync("""{"content":"header"}""");

        var (status, body, _) = await _http.SendAsync($"/channels/101/messages/{id}", """{"content":"more"}""", method: "PATCH");

        Assert.Equal((404, 10008), (status, body["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task EditMessage_FlagOnlyACreateMaySet_Returns50035()
    {
        var id = await PostAsync("""{"content":"header"}""");

        var (status, _, _) = await EditAsync(id, """{"flags":4096}""");

        Assert.Equal(400, status);
    }

    private async Task<string> PostAsync(string json)
    {
        var (status, body, _) = await _http.SendAsync("/channels/100/messages", json);
        Assert.Equal(200, status);
        return body["id"]!.GetValue<string>();
    }

    private Task<(int Status, JsonNode Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> EditAsync(string id, string json) =>
        _http.SendAsync($"/channels/100/messages/{id}", json, method: "PATCH");
}
