using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Engine.Delivery;

/// <summary>The outbox's payloads and receipts in Discord's wire format, by generated code (NativeAOT); another type throws.</summary>
internal static class DeliveryJson
{
    public static JsonSerializerOptions Options { get; } = DiscordJson.Create(DeliveryJsonContext.Default);
}

[JsonSerializable(typeof(QueuedMessage))]
[JsonSerializable(typeof(DeliveryReceipt))]
[JsonSerializable(typeof(IReadOnlyList<MessagePayload>))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext;
