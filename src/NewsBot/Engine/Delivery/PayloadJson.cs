using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Engine.Delivery;

/// <summary>How a message waits in the outbox: the Discord body as JSON, exactly as it will be posted.</summary>
public static class PayloadJson
{
    public static string Write(MessagePayload payload) => JsonSerializer.Serialize(payload, DiscordJson.Options);

    /// <exception cref="JsonException">The stored text is not a message body.</exception>
    public static MessagePayload Read(string json) =>
        JsonSerializer.Deserialize<MessagePayload>(json, DiscordJson.Options) ?? throw new JsonException("empty message body");
}
