using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Permissions;

/// <summary>
/// The bot's own permissions in a guild channel. Discord tells a bot its permissions only in the channel an interaction came
/// from, so this reads the guild's roles and the bot's member and computes them. Only the bot's user id is cached: roles and
/// overwrites are read fresh every time (a moderator who fixes permissions retries straight away).
/// </summary>
public sealed class BotPermissions(DiscordApi discord)
{
    private string? _botUserId;

    /// <summary>The bot's effective permissions in <paramref name="channel"/>, or the Discord error that stopped reading them.</summary>
    /// <exception cref="ArgumentException">The channel belongs to no guild.</exception>
    public async Task<DiscordResult<DiscordPermissions>> InChannelAsync(Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var guildId = channel.GuildId ?? throw new ArgumentException("Only a guild channel has permissions.", nameof(channel));
        var botUserId = await BotUserIdAsync(cancellationToken);
        if (botUserId.Error is { } userError)
            return Failed(userError);
        var guild = await discord.Guilds.GetGuildAsync(guildId, cancellationToken);
        if (guild.Error is { } guildError)
            return Failed(guildError);
        var member = await discord.Guilds.GetMemberAsync(guildId, botUserId.Value!, cancellationToken);
        if (member.Error is { } memberError)
            return Failed(memberError);
        // Discord includes the user in GET member; the fallback keeps the owner check and the member overwrite working without it.
        var bot = member.Value! with { User = member.Value!.User ?? new User { Id = botUserId.Value! } };
        return new DiscordResult<DiscordPermissions>(ChannelPermissions.Compute(guild.Value!, bot, channel), null);
    }

    private async Task<DiscordResult<string>> BotUserIdAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _botUserId) is { } cached)
            return new DiscordResult<string>(cached, null);
        var me = await discord.Users.GetCurrentUserAsync(cancellationToken);
        if (me.Error is { } error)
            return new DiscordResult<string>(null, error);
        Volatile.Write(ref _botUserId, me.Value!.Id);
        return new DiscordResult<string>(me.Value.Id, null);
    }

    private static DiscordResult<DiscordPermissions> Failed(DiscordError error) => new(DiscordPermissions.None, error);
}
