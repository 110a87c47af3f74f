using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>Hand-written requests to the fake, for bodies NewsBot's own client would never send.</summary>
internal sealed class RawDiscordHttp(FakeDiscordServer fake) : IDisposable
{
    private readonly HttpClient _http = new();

    public async Task<(int Status, JsonNode Body, HttpResponseHeaders Headers)> SendAsync(string path, string json, bool auth = true, string method = "POST")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), fake.ApiBaseUrl + path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.org, 1)");
        if (auth)
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + fake.Options.Token);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!, response.Headers);
    }

    public void Dispose() => _http.Dispose();
}
