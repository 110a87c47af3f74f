using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Interaction callbacks, followups and the @original response. None of these use the bot token, and none count against
/// the bot's global 50 requests/s (Discord: "not bound to the application's Global Rate Limit"); followups and edits
/// still keep their per-route webhook buckets.
/// </summary>
public sealed class InteractionsApi
{
    private readonly DiscordRestClient _rest;

    internal InteractionsApi(DiscordRestClient rest) => _rest = rest;

    public Task<DiscordResult> CreateResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"/interactions/{interactionId}/{DiscordRoute.Escape(interactionToken)}/callback", interactionId)
        { Authenticated = false, GlobalExempt = true };
        return _rest.SendAsync(route, MessageGuard.Prepare(response), null, cancellationToken);
    }

    /// <summary>Completes a deferred response (or edits the reply) via PATCH …/messages/@original.</summary>
    public Task<DiscordResult<Message>> EditOriginalAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original",
            $"/webhooks/{applicationId}/{DiscordRoute.Escape(interactionToken)}/messages/@original", $"{applicationId}/{interactionToken}")
        { Authenticated = false, GlobalExempt = true };
        return _rest.SendAsync<Message>(route, MessageGuard.PrepareWithoutNonce(message), null, cancellationToken);
    }

    public Task<DiscordResult<Message>> CreateFollowupAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}",
            $"/webhooks/{applicationId}/{DiscordRoute.Escape(interactionToken)}", $"{applicationId}/{interactionToken}")
        { Authenticated = false, GlobalExempt = true };
        return _rest.SendAsync<Message>(route, MessageGuard.PrepareWithoutNonce(message), null, cancellationToken);
    }
}
