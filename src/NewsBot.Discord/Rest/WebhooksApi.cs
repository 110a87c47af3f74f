using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

public sealed class WebhooksApi
{
    private readonly DiscordRestClient _rest;

    internal WebhooksApi(DiscordRestClient rest) => _rest = rest;

    /// <summary>Executes with <c>wait=true</c>, so a save failure is an error rather than a silent 204.</summary>
    public Task<DiscordResult<Message>> ExecuteAsync(string webhookId, string webhookToken, WebhookPayload message, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}",
            $"/webhooks/{webhookId}/{DiscordRoute.Escape(webhookToken)}", $"{webhookId}/{webhookToken}")
        { Authenticated = false };
        return _rest.SendAsync<Message>(route, MessageGuard.Prepare(message), "wait=true", cancellationToken);
    }
}
