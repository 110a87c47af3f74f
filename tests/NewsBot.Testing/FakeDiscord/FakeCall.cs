using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>A routed request: the path's captured parameters, the parsed JSON body and the fake's current time.</summary>
internal sealed record FakeCall(IReadOnlyList<string> Parameters, JsonNode? Body, string Query, DateTimeOffset Now)
{
    public JsonObject Object => Body as JsonObject ?? [];

    public bool QueryFlag(string name) => Query.Contains($"{name}=true", StringComparison.OrdinalIgnoreCase);
}
