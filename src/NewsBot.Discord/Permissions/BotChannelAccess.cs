using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Permissions;

/// <summary>
/// Answers "can the bot post in this channel?" before a topic is pointed at it. Discord tells a bot its permissions only in
/// the channel an interaction came from, so this reads the channel, the guild's roles and the bot's member and computes them.
/// Only the bot's user id is cached: roles and overwrites are read fresh on every check (moderators fix permissions and retry
/// straight away, and a check is one command, not a hot path).
/// </summary>
public sealed class BotChannelAccess(DiscordApi discord)
{
    private const string Unreadable = "that channel does not exist or I can't access it";
    private const DiscordPermissions Required = DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks;
    private string? _botUserId;

    public async Task<ChannelAccess> CheckAsync(string channelId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(channelId) || !channelId.All(char.IsAsciiDigit))
            return Refused(null, null, Unreadable);
        var read = await discord.Channels.GetChannelAsync(channelId, cancellationToken);
        if (read.Error is { HttpStatus: 404 })
            return Refused(null, null, Unreadable);
        if (read.Error is { HttpStatus: 403 })
            return Refused(null, null, $"I can't see <#{channelId}>");
        if (read.Error is { } error)
            return Failed(null, null, error);
        var channel = read.Value!;
        var type = (ChannelType)channel.Type;
        if (type is not (ChannelType.GuildText or ChannelType.GuildAnnouncement or ChannelType.GuildForum) || channel.GuildId is null)
            return Refused(type, channel.GuildId, "that channel is not a text, announcement or forum channel");
        return await CheckPermissionsAsync(channel, type, channel.GuildId, cancellationToken);
    }

    private async Task<ChannelAccess> CheckPermissionsAsync(Channel channel, ChannelType type, string guildId, CancellationToken cancellationToken)
    {
        var botUserId = await BotUserIdAsync(cancellationToken);
        if (botUserId.Error is { } userError)
            return Failed(type, guildId, userError);
        var guild = await discord.Guilds.GetGuildAsync(guildId, cancellationToken);
        if (guild.Error is { } guildError)
            return Failed(type, guildId, guildError);
        var member = await discord.Guilds.GetMemberAsync(guildId, botUserId.Value!, cancellationToken);
        if (member.Error is { } memberError)
            return Failed(type, guildId, memberError);
        // Discord includes the user in GET member; the fallback keeps the owner check and the member overwrite working without it.
        var bot = member.Value! with { User = member.Value!.User ?? new User { Id = botUserId.Value! } };
        var permissions = ChannelPermissions.Compute(guild.Value!, bot, channel);
        var reason = MissingReason(permissions, channel.Id, type);
        return new ChannelAccess(reason is null, type, guildId, reason) { Permissions = permissions };
    }

    // A forum digest starts a post, and its further messages go into that post's thread.
    private static string? MissingReason(DiscordPermissions permissions, string channelId, ChannelType type) => (permissions & (Required | DiscordPermissions.SendMessagesInThreads)) switch
    {
        var p when !p.HasFlag(DiscordPermissions.ViewChannel) => $"I can't see <#{channelId}>",
        var p when !p.HasFlag(DiscordPermissions.SendMessages) => type == ChannelType.GuildForum
            ? "I'm not allowed to create posts there"
            : "I'm not allowed to send messages there",
        var p when !p.HasFlag(DiscordPermissions.EmbedLinks) => "I need the Embed Links permission there",
        var p when type == ChannelType.GuildForum && !p.HasFlag(DiscordPermissions.SendMessagesInThreads) =>
            "I need the Send Messages in Threads permission there (a digest longer than one message continues in its post)",
        _ => null,
    };

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

    private static ChannelAccess Refused(ChannelType? type, string? guildId, string reason) => new(false, type, guildId, reason);

    private static ChannelAccess Failed(ChannelType? type, string? guildId, DiscordError error) =>
        new(false, type, guildId, "I couldn't check that channel with Discord just now; please try again") { Error = error };
}
