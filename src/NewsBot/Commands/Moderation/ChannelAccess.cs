using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Whether the bot can post NewsBot's digests (messages with embeds, or forum posts) in a channel. When it cannot,
/// <see cref="Reason"/> is one line to show the moderator. <see cref="ChannelType"/> and <see cref="GuildId"/> are null when
/// the channel could not be read.
/// </summary>
internal sealed record ChannelAccess(bool CanPost, ChannelType? ChannelType, string? GuildId, string? Reason)
{
    /// <summary>The bot's computed permissions in the channel (None when they were not computed).</summary>
    public DiscordPermissions Permissions { get; init; }

    /// <summary>Set when Discord failed in a way that says nothing about the channel (outage, rate limit, bad token): worth retrying.</summary>
    public DiscordError? Error { get; init; }
}
