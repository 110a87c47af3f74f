using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Gateway;

/// <summary>What the client sends the gateway (identify, resume, heartbeat) and reads from its frames (op code, hello's interval).</summary>
internal static class GatewayPayloads
{
    public static JsonObject Identify(string token) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            // Interactions belong to no intent; asking for nothing avoids privileged-intent closes (4014).
            ["intents"] = 0,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "NewsBot", ["device"] = "NewsBot" },
        },
    };

    public static JsonObject Resume(string token, GatewaySession session) => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = session.SessionId, ["seq"] = session.Sequence },
    };

    public static JsonObject Heartbeat(int? sequence) => new() { ["op"] = 1, ["d"] = sequence };

    public static TimeSpan HeartbeatInterval(JsonElement hello) =>
        hello.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("heartbeat_interval", out var ms) && ms.ValueKind == JsonValueKind.Number
            && ms.GetDouble() is > 0 and <= int.MaxValue
            ? TimeSpan.FromMilliseconds(ms.GetDouble())
            : throw new JsonException("hello without a usable heartbeat_interval");

    public static int Op(JsonElement payload) => payload.TryGetProperty("op", out var op) && op.TryGetInt32(out var value) ? value : -1;
}
