using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>Discord's wire format: snake_case names, absent rather than null optional fields.</summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
