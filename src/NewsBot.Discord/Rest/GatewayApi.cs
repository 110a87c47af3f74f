using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

public sealed class GatewayApi
{
    private readonly DiscordRestClient _rest;

    internal GatewayApi(DiscordRestClient rest) => _rest = rest;

    public Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        _rest.SendAsync<GatewayBotInfo>(new DiscordRoute(HttpMethod.Get, "/gateway/bot", "/gateway/bot", ""), null, null, cancellationToken);
}
