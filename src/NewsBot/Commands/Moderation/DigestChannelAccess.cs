using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Discord.Rest;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Answers "can the bot post digests in this channel?" before a topic is pointed at it: the channel must be a text,
/// announcement or forum channel of a guild, and the bot needs what a digest uses there (see <see cref="MissingReason"/>).
/// The Discord client computes the permissions; the policy and the moderator's wording are ours.
/// </summary>
internal sealed class DigestChannelAccess(ChannelsApi channels, BotPermissions permissions)
{
    private const string Unreadable = "that channel does not exist or I can't access it";
    private const DiscordPermissions Required = DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks;

    public async Task<ChannelAccess> CheckAsync(string channelId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(channelId) || !channelId.All(char.IsAsciiDigit))
            return Refused(null, null, Unreadable);
        var read = await channels.GetChannelAsync(channelId, cancellationToken);
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
        var computed = await permissions.InChannelAsync(channel, cancellationToken);
        if (computed.Error is { } permissionsError)
            return Failed(type, channel.GuildId, permissionsError);
        var reason = MissingReason(computed.Value, channel.Id, type);
        return new ChannelAccess(reason is null, type, channel.GuildId, reason) { Permissions = computed.Value };
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

    private static ChannelAccess Refused(ChannelType? type, string? guildId, string reason) => new(false, type, guildId, reason);

    private static ChannelAccess Failed(ChannelType? type, string? guildId, DiscordError error) =>
        new(false, type, guildId, "I couldn't check that channel with Discord just now; please try again") { Error = error };
}
