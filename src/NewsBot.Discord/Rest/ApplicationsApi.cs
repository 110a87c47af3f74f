using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

public sealed class ApplicationsApi
{
    private readonly DiscordRestClient _rest;

    internal ApplicationsApi(DiscordRestClient rest) => _rest = rest;

    public Task<DiscordResult<Application>> GetCurrentAsync(CancellationToken cancellationToken) =>
        _rest.SendAsync<Application>(new DiscordRoute(HttpMethod.Get, "/applications/@me", "/applications/@me", ""), null, null, cancellationToken);
}
