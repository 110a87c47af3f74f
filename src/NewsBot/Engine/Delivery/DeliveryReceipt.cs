using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Where Discord put a message, kept as the outbox's opaque receipt: the message id, and the channel it landed in (for a
/// forum digest, the thread its first message started, which the later messages join).
/// </summary>
public sealed record DeliveryReceipt(string MessageId, string ChannelId)
{
    public string Write() => JsonSerializer.Serialize(this, DeliveryJson.Options.Info<DeliveryReceipt>());

    /// <summary>Null when there is no receipt or it cannot be read.</summary>
    public static DeliveryReceipt? TryRead(string? receipt)
    {
        if (receipt is null)
            return null;
        try
        {
            return JsonSerializer.Deserialize(receipt, DeliveryJson.Options.Info<DeliveryReceipt>()) is { MessageId: not null, ChannelId: not null } read ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
