using NewsBot.Discord.Rest;

namespace NewsBot.Engine.Delivery;

/// <summary>How sending one outbox message went: posted (where), refused for good, or to be tried again later.</summary>
internal sealed record SendOutcome(DeliveryReceipt? Receipt, string? Refusal, string? TransientError)
{
    public static SendOutcome Posted(string messageId, string channelId) => new(new DeliveryReceipt(messageId, channelId), null, null);

    public static SendOutcome Refused(string reason) => new(null, reason, null);

    public static SendOutcome Failed(DiscordError error) =>
        IsPermanent(error) ? Refused(error.ToString()) : new(null, null, error.ToString());

    /// <summary>
    /// A 4xx other than 429 (and 401, which stops the whole client until the token is fixed) will be refused again:
    /// unknown channel, missing permissions, invalid body. Everything else (5xx, no response, rate limits) may pass later.
    /// </summary>
    public static bool IsPermanent(DiscordError error) =>
        error.HttpStatus is >= 400 and < 500 and not 429 and not 401 and not 408;
}
