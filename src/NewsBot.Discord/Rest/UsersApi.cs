using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

public sealed class UsersApi
{
    private readonly DiscordRestClient _rest;

    internal UsersApi(DiscordRestClient rest) => _rest = rest;

    /// <summary>The bot's own user (its id is what member lookups and member overwrites use).</summary>
    public Task<DiscordResult<User>> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        _rest.SendAsync<User>(new DiscordRoute(HttpMethod.Get, "/users/@me", "/users/@me", ""), null, null, cancellationToken);
}
