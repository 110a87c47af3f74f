using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake judges Components V2 bodies as Discord's component reference says, with 50035 and the field path.</summary>
public sealed class FakeDiscordComponentsTests : IAsyncLifetime
{
    private const string Story = """{"type":17,"accent_color":2067276,"components":[{"type":9,"components":[{"type":10,"content":"### Ferry"}],"accessory":{"type":11,"media":{"url":"https://img.example/f.jpg"}}},{"type":1,"components":[{"type":2,"style":5,"label":"Ledger","url":"https://ledger.example/a"}]}]}""";
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
    public async Task CreateMessage_ValidV2Story_Stored()
    {
        var (status, body, _) = await PostAsync($$"""{"flags":32768,"components":[{"type":10,"content":"**World** digest"},{{Story}},{"type":14}]}""");

        Assert.Equal(200, status);
        Assert.Equal(3, body["components"]!.AsArray().Count);
    }

    [Fact]
    public async Task CreateMessage_ContentWithTheFlag_Returns50035OnContent()
    {
        var (status, body, _) = await PostAsync($$"""{"flags":32768,"content":"hello","components":[{{Story}}]}""");

        Assert.Equal((400, 50035), (status, body["code"]!.GetValue<int>()));
        Assert.Equal("MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", Code(body, "content"));
    }

    [Fact]
    public async Task CreateMessage_41ComponentsCountingNested_Returns50035OnComponents()
    {
        // 4 stories of 6 components (container, section, text, thumbnail, row, button) + 17 separators = 41.
        var components = string.Join(",", Enumerable.Repeat(Story, 4).Concat(Enumerable.Repeat("""{"type":14}""", 17)));

        var (status, body, _) = await PostAsync($$"""{"flags":32768,"components":[{{components}}]}""");

        Assert.Equal(400, status);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", Code(body, "components"));
    }

    [Fact]
    public async Task CreateMessage_TextDisplaysOver4000_Returns50035OnComponents()
    {
        var text = new JsonObject { ["type"] = 10, ["content"] = new string('a', 2001) }.ToJsonString();

        var (status, body, _) = await PostAsync($$"""{"flags":32768,"components":[{{text}},{"type":17,"components":[{{text}}]}]}""");

        Assert.Equal(400, status);
        Assert.Equal("COMPONENT_MAX_TOTAL_TEXT_LENGTH_EXCEEDED", Code(body, "components"));
    }

    [Fact]
    public async Task CreateMessage_SixButtonsOrLongLabelOrLongUrl_Returns50035AtTheirPaths()
    {
        var button = """{"type":2,"style":5,"label":"L","url":"https://a.example/"}""";
        var six = $$"""{"flags":32768,"components":[{"type":1,"components":[{{string.Join(",", Enumerable.Repeat(button, 6))}}]}]}""";
        var label = $$"""{"flags":32768,"components":[{"type":1,"components":[{"type":2,"style":5,"label":"{{new string('l', 81)}}","url":"https://a.example/"}]}]}""";
        var url = $$"""{"flags":32768,"components":[{"type":1,"components":[{"type":2,"style":5,"label":"L","url":"https://a.example/{{new string('p', 500)}}"}]}]}""";

        Assert.Equal("BASE_TYPE_BAD_LENGTH", Code((await PostAsync(six)).Body, "components.0.components"));
        Assert.Equal("BASE_TYPE_MAX_LENGTH", Code((await PostAsync(label)).Body, "components.0.components.0.label"));
        Assert.Equal("BASE_TYPE_MAX_LENGTH", Code((await PostAsync(url)).Body, "components.0.components.0.url"));
    }

    [Fact]
    public async Task CreateMessage_MisplacedTypes_Returns50035UnionTypeChoices()
    {
        var thumbnailOnTop = """{"flags":32768,"components":[{"type":11,"media":{"url":"https://img.example/f.jpg"}}]}""";
        var sectionWithoutFlag = """{"components":[{"type":9,"components":[{"type":10,"content":"x"}],"accessory":{"type":11,"media":{"url":"https://img.example/f.jpg"}}}]}""";
        var containerInContainer = """{"flags":32768,"components":[{"type":17,"components":[{"type":17,"components":[{"type":10,"content":"x"}]}]}]}""";

        Assert.Equal("UNION_TYPE_CHOICES", Code((await PostAsync(thumbnailOnTop)).Body, "components.0.type"));
        Assert.Equal("UNION_TYPE_CHOICES", Code((await PostAsync(sectionWithoutFlag)).Body, "components.0.type"));
        Assert.Equal("UNION_TYPE_CHOICES", Code((await PostAsync(containerInContainer)).Body, "components.0.components.0.type"));
    }

    [Fact]
    public async Task EditMessage_RemovingTheFlagOrAddingContent_Refused()
    {
        var (_, created, _) = await PostAsync($$"""{"flags":32768,"components":[{{Story}}]}""");
        var id = created["id"]!.GetValue<string>();

        var (dropFlag, _, _) = await _http.SendAsync($"/channels/100/messages/{id}", """{"flags":0}""", method: "PATCH");
        var (addContent, body, _) = await _http.SendAsync($"/channels/100/messages/{id}", """{"content":"hello"}""", method: "PATCH");

        Assert.Equal(400, dropFlag);
        Assert.Equal(400, addContent);
        Assert.Equal("MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", Code(body, "content"));
    }

    [Fact]
    public async Task CreateMessage_MentionInATextDisplayWithoutAllowedMentions_Pings()
    {
        await PostAsync("""{"flags":32768,"components":[{"type":10,"content":"<@123> look"}]}""");

        Assert.Equal(["123"], Assert.Single(_fake.State.Messages).MentionedUsers);
    }

    [Fact]
    public async Task CreateMessage_SelectMenuAloneInARow_Stored()
    {
        var (status, _, _) = await PostAsync("""{"content":"Pick","components":[{"type":1,"components":[{"type":3,"custom_id":"feed-add:t","options":[{"label":"News","value":"0","description":"rss"},{"label":"Sport","value":"1"}]}]}]}""");

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("""{"type":1,"components":[{"type":3,"custom_id":"a","options":[{"label":"x","value":"0"}]},{"type":2,"style":1,"custom_id":"b","label":"b"}]}""", "components.0.components")]
    [InlineData("""{"type":1,"components":[{"type":3,"custom_id":"a","options":[]}]}""", "components.0.components.0.options")]
    [InlineData("""{"type":1,"components":[{"type":3,"options":[{"label":"x","value":"0"}]}]}""", "components.0.components.0.custom_id")]
    [InlineData("""{"type":1,"components":[{"type":3,"custom_id":"a","options":[{"label":"x","value":"0"},{"label":"y","value":"0"}]}]}""", "components.0.components.0.options")]
    [InlineData("""{"type":1,"components":[{"type":3,"custom_id":"a","max_values":2,"options":[{"label":"x","value":"0"}]}]}""", "components.0.components.0.max_values")]
    public async Task CreateMessage_BadSelectMenu_Returns50035AtItsPath(string row, string path)
    {
        var (status, body, _) = await PostAsync($$"""{"content":"Pick","components":[{{row}}]}""");

        Assert.Equal(400, status);
        Assert.NotNull(Code(body, path));
    }

    [Fact]
    public async Task CreateMessage_SelectOptionLabelOver100_Returns50035OnTheLabel()
    {
        var option = new JsonObject { ["label"] = new string('l', 101), ["value"] = "0" }.ToJsonString();

        var (status, body, _) = await PostAsync($$"""{"content":"Pick","components":[{"type":1,"components":[{"type":3,"custom_id":"a","options":[{{option}}]}]}]}""");

        Assert.Equal(400, status);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", Code(body, "components.0.components.0.options.0.label"));
    }

    [Theory]
    [InlineData("feed-add:t", "2")]
    [InlineData("feed-add:other", "0")]
    public async Task SelectAsync_MenuOrValueTheMessageDoesNotOffer_Throws(string customId, string value)
    {
        var body = JsonNode.Parse("""{"content":"Pick","components":[{"type":1,"components":[{"type":3,"custom_id":"feed-add:t","options":[{"label":"News","value":"0"},{"label":"Sport","value":"1"}]}]}]}""")!.AsObject();
        var message = new FakeMessage("900", "100", body, false, [], []);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _fake.Gateway.SelectAsync(message, customId, "32", "600", value));
    }

    private Task<(int Status, JsonNode Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> PostAsync(string json) =>
        _http.SendAsync("/channels/100/messages", json);

    private static string? Code(JsonNode body, string path)
    {
        var node = body["errors"];
        foreach (var part in path.Split('.'))
            node = node?[part];
        return node?["_errors"]?[0]?["code"]?.GetValue<string>();
    }
}
