using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Bulk overwrite: the given list replaces every command the application had in that scope.</summary>
public sealed class ApplicationCommandsApi
{
    private readonly DiscordRestClient _rest;

    internal ApplicationCommandsApi(DiscordRestClient rest) => _rest = rest;

    public Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGlobalAsync(
        string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{applicationId}/commands", applicationId);
        return _rest.SendAsync<IReadOnlyList<ApplicationCommand>>(route, commands, null, cancellationToken);
    }

    public Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGuildAsync(
        string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"/applications/{applicationId}/guilds/{guildId}/commands", guildId);
        return _rest.SendAsync<IReadOnlyList<ApplicationCommand>>(route, commands, null, cancellationToken);
    }
}
