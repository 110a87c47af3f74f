using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>A reply the fake REST API sends: status, JSON body (or none) and extra headers.</summary>
internal sealed record FakeReply(int Status, string? Body = null, Dictionary<string, string>? Headers = null)
{
    public static FakeReply Json(int status, JsonNode body) => new(status, body.ToJsonString());

    /// <summary>Not a real status: the server holds the request open until the client gives up.</summary>
    public const int StallStatus = -1;

    public static FakeReply NoContent() => new(204);

    public static FakeReply Error(int status, int code, string message) =>
        Json(status, new JsonObject { ["message"] = message, ["code"] = code });

    public static FakeReply InvalidForm(JsonObject errors) =>
        Json(400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035, ["errors"] = errors });
}
