using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Guild and member lookups, enough to compute the bot's own permissions in a channel.</summary>
public sealed class GuildsApi
{
    private readonly DiscordRestClient _rest;

    internal GuildsApi(DiscordRestClient rest) => _rest = rest;

    /// <summary>The guild with its owner and roles (each role's guild-wide permissions).</summary>
    public Task<DiscordResult<Guild>> GetGuildAsync(string guildId, CancellationToken cancellationToken) =>
        _rest.SendAsync<Guild>(new DiscordRoute(HttpMethod.Get, "/guilds/{guild_id}", $"/guilds/{DiscordRoute.Escape(guildId)}", guildId),
            null, null, cancellationToken);

    /// <summary>The guild's threads that are not archived (a forum post just started is among them).</summary>
    public Task<DiscordResult<ActiveThreads>> ListActiveThreadsAsync(string guildId, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Get, "/guilds/{guild_id}/threads/active", $"/guilds/{DiscordRoute.Escape(guildId)}/threads/active", guildId);
        return _rest.SendAsync<ActiveThreads>(route, null, null, cancellationToken);
    }

    public Task<DiscordResult<GuildMember>> GetMemberAsync(string guildId, string userId, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Get, "/guilds/{guild_id}/members/{user_id}",
            $"/guilds/{DiscordRoute.Escape(guildId)}/members/{DiscordRoute.Escape(userId)}", guildId);
        return _rest.SendAsync<GuildMember>(route, null, null, cancellationToken);
    }
}
