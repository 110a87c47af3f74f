using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Discord.Rest;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Answers "can the bot post digests in this channel?" before a topic is pointed at it: the channel must be a text,
/// announcement or forum channel of a guild, and the bot needs what a digest uses there (see <see cref="MissingReason"/>).
/// The Discord client computes the permissions; the policy and the moderator's wording (in their language) are ours.
/// </summary>
internal sealed class DigestChannelAccess(ChannelsApi channels, BotPermissions permissions)
{
    private const DiscordPermissions Required = DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks;

    public async Task<ChannelAccess> CheckAsync(string channelId, ReplyTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrEmpty(channelId) || !channelId.All(char.IsAsciiDigit))
            return Refused(null, null, texts.Get("channel.unreadable"));
        var read = await channels.GetChannelAsync(channelId, cancellationToken);
        if (read.Error is { HttpStatus: 404 })
            return Refused(null, null, texts.Get("channel.unreadable"));
        if (read.Error is { HttpStatus: 403 })
            return Refused(null, null, texts.Get("channel.cannotSee", ("channel", $"<#{channelId}>")));
        if (read.Error is { } error)
            return Failed(null, null, error, texts);
        var channel = read.Value!;
        var type = (ChannelType)channel.Type;
        if (type is not (ChannelType.GuildText or ChannelType.GuildAnnouncement or ChannelType.GuildForum) || channel.GuildId is null)
            return Refused(type, channel.GuildId, texts.Get("channel.notDigestType"));
        var computed = await permissions.InChannelAsync(channel, cancellationToken);
        if (computed.Error is { } permissionsError)
            return Failed(type, channel.GuildId, permissionsError, texts);
        var reason = MissingReason(computed.Value, type) is { } key ? texts.Get(key, ("channel", $"<#{channel.Id}>")) : null;
        return new ChannelAccess(reason is null, type, channel.GuildId, reason) { Permissions = computed.Value };
    }

    // A forum digest starts a post, and its further messages go into that post's thread.
    private static string? MissingReason(DiscordPermissions permissions, ChannelType type) => (permissions & (Required | DiscordPermissions.SendMessagesInThreads)) switch
    {
        var p when !p.HasFlag(DiscordPermissions.ViewChannel) => "channel.cannotSee",
        var p when !p.HasFlag(DiscordPermissions.SendMessages) => type == ChannelType.GuildForum ? "channel.noPosts" : "channel.noMessages",
        var p when !p.HasFlag(DiscordPermissions.EmbedLinks) => "channel.noEmbeds",
        var p when type == ChannelType.GuildForum && !p.HasFlag(DiscordPermissions.SendMessagesInThreads) => "channel.noThreads",
        _ => null,
    };

    private static ChannelAccess Refused(ChannelType? type, string? guildId, string reason) => new(false, type, guildId, reason);

    private static ChannelAccess Failed(ChannelType? type, string? guildId, DiscordError error, ReplyTexts texts) =>
        new(false, type, guildId, texts.Get("channel.checkFailed")) { Error = error };
}
