using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake refuses command registrations as Discord does: localisations, contexts, integration types, context menus.</summary>
public sealed class FakeDiscordCommandRulesTests : IAsyncLifetime
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
    public async Task BulkOverwrite_LocalisedCommands_Accepted()
    {
        var (status, body) = await PutAsync("""
            [{"name":"quotes","description":"Show quotes","name_localizations":{"de":"zitate","pt-BR":"citações","hi":"उद्धरण","th":"คำพูด"},
              "description_localizations":{"fr":"Afficher les citations"},"contexts":[0,1,2],"integration_types":[0,1],
              "options":[{"type":3,"name":"url","description":"Address","name_localizations":{"es-ES":"dirección"}}]},
             {"type":3,"name":"Key quotes","description":"","name_localizations":{"de":"Schlüsselzitate"},"contexts":[0,1,2],"integration_types":[0,1]}]
            """);

        Assert.Equal(200, status);
        Assert.Equal(2, body.AsArray().Count);
    }

    [Theory]
    [InlineData("Zitate", "0.name_localizations.de")]
    [InlineData("zwei wörter", "0.name_localizations.de")]
    [InlineData("", "0.name_localizations.de")]
    [InlineData("ein-sehr-langer-befehlsname-der-zu-lang-ist", "0.name_localizations.de")]
    public async Task BulkOverwrite_BadLocalisedName_RefusedAtItsPath(string localised, string path)
    {
        var (status, body) = await PutAsync($$$"""[{"name":"quotes","description":"d","name_localizations":{"de":"{{{localised}}}"}}]""");

        Assert.Equal(400, status);
        Assert.Equal(50035, body["code"]!.GetValue<int>());
        Assert.Equal("APPLICATION_COMMAND_INVALID_NAME", At(body, path)!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkOverwrite_UnknownLocaleAndLongDescription_Refused()
    {
        var (status, body) = await PutAsync($$$"""
            [{"name":"quotes","description":"d","name_localizations":{"de-DE":"zitate"},"description_localizations":{"it":"{{{new string('x', 101)}}}"}}]
            """);

        Assert.Equal(400, status);
        Assert.NotNull(At(body, "0.name_localizations.de-DE"));
        Assert.NotNull(At(body, "0.description_localizations.it"));
    }

    [Fact]
    public async Task BulkOverwrite_ContextsAndIntegrationTypesOutOfRange_Refused()
    {
        var (status, body) = await PutAsync("""[{"name":"quotes","description":"d","contexts":[0,3],"integration_types":[1,1]}]""");

        Assert.Equal(400, status);
        Assert.NotNull(At(body, "0.contexts.1"));
        Assert.NotNull(At(body, "0.integration_types.1"));
    }

    [Fact]
    public async Task BulkOverwrite_MessageCommandWithDescriptionOrOptions_Refused()
    {
        var (status, body) = await PutAsync("""
            [{"type":3,"name":"Key quotes","description":"Reads quotes","options":[{"type":3,"name":"url","description":"d"}]}]
            """);

        Assert.Equal(400, status);
        Assert.NotNull(At(body, "0.description"));
        Assert.NotNull(At(body, "0.options"));
    }

    [Fact]
    public async Task BulkOverwrite_ManyLocalisations_SizeCountsTheLongestOfEachField()
    {
        var localised = string.Join(",", new[] { "de", "fr", "es-ES", "pt-BR", "it" }.Select(l => $"\"{l}\":\"{new string('d', 100)}\""));
        var options = string.Join(",", Enumerable.Range(0, 25).Select(i => $"{{\"type\":3,\"name\":\"o{i}\",\"description\":\"{new string('e', 100)}\",\"description_localizations\":{{{localised}}}}}"));

        var (status, _) = await PutAsync($"[{{\"name\":\"topic\",\"description\":\"d\",\"options\":[{options}]}}]");

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task BulkOverwrite_ChoicesOverEightThousandCharacters_TooLarge()
    {
        var choices = string.Join(",", Enumerable.Range(0, 25).Select(i => $"{{\"name\":\"{i}{new string('c', 97)}\",\"value\":\"{i}{new string('v', 97)}\"}}"));
        var options = string.Join(",", Enumerable.Range(0, 2).Select(i => $"{{\"type\":3,\"name\":\"o{i}\",\"description\":\"d\",\"choices\":[{choices}]}}"));

        var (status, body) = await PutAsync($"[{{\"name\":\"topic\",\"description\":\"d\",\"options\":[{options}]}}]");

        Assert.Equal(400, status);
        Assert.Equal("APPLICATION_COMMAND_TOO_LARGE", At(body, "0")!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkOverwrite_TwoOptionsSameLocalisedName_Refused()
    {
        var (status, body) = await PutAsync("""
            [{"name":"news","description":"d","options":[
              {"type":3,"name":"query","description":"d","name_localizations":{"de":"suche"}},
              {"type":3,"name":"suche","description":"d"}]}]
            """);

        Assert.Equal(400, status);
        Assert.Equal("APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME", At(body, "0.options")!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendInteraction_GuildOnlyCommandInDirectMessage_NotOffered()
    {
        await PutAsync("""[{"name":"topic","description":"d","contexts":[0],"integration_types":[0]}]""");

        await Assert.ThrowsAsync<InvalidOperationException>(() => _fake.Gateway.SendInteractionAsync(FakeInvocation.Slash("topic") with { GuildId = null }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _fake.Gateway.SendInteractionAsync(FakeInvocation.Slash("topic") with { UserInstalled = true }));
    }

    private async Task<(int Status, JsonNode Body)> PutAsync(string json)
    {
        var (status, body, _) = await _http.SendAsync($"/applications/{_fake.Options.ApplicationId}/commands", json, method: "PUT");
        return (status, body);
    }

    private static JsonNode? At(JsonNode body, string path) =>
        path.Split('.').Aggregate(body["errors"], (node, part) => node?[part]);
}
