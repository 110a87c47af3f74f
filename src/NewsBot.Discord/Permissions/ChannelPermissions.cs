using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Permissions;

/// <summary>
/// A member's permissions in a guild channel, computed as Discord documents it (topics/permissions "Permission Overwrites"):
/// @everyone plus the member's roles; the owner or ADMINISTRATOR get everything; then the @everyone overwrite, all of the
/// member's role overwrites together (deny, then allow), and the member's own overwrite.
/// </summary>
public static class ChannelPermissions
{
    /// <summary>Text-channel permissions that mean nothing without SEND_MESSAGES (Discord's "implicit permissions").</summary>
    private const DiscordPermissions NeedSending = DiscordPermissions.MentionEveryone | DiscordPermissions.SendTtsMessages
        | DiscordPermissions.AttachFiles | DiscordPermissions.EmbedLinks;

    /// <summary>
    /// The effective permissions, implicit denials included: without VIEW_CHANNEL nothing is left, and without SEND_MESSAGES
    /// neither are embeds, files, TTS nor @everyone mentions. Timeouts are not modelled.
    /// </summary>
    public static DiscordPermissions Compute(Guild guild, GuildMember member, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(channel);
        var userId = member.User?.Id ?? throw new ArgumentException("The member has no user, so its id is unknown.", nameof(member));
        var permissions = ApplyOverwrites(ComputeBase(guild, userId, member.Roles), guild.Id, userId, member.Roles, channel.PermissionOverwrites ?? []);
        if (permissions == DiscordPermissions.All)
            return permissions;
        if (!permissions.HasFlag(DiscordPermissions.ViewChannel))
            return DiscordPermissions.None;
        return permissions.HasFlag(DiscordPermissions.SendMessages) ? permissions : permissions & ~NeedSending;
    }

    /// <summary>The guild-level permissions: @everyone (the role whose id is the guild's) plus every role the member has.</summary>
    public static DiscordPermissions ComputeBase(Guild guild, string userId, IReadOnlyCollection<string> roleIds)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(roleIds);
        if (guild.OwnerId is not null && guild.OwnerId == userId)
            return DiscordPermissions.All;
        var permissions = DiscordPermissions.None;
        foreach (var role in guild.Roles)
        {
            if (role.Id == guild.Id || roleIds.Contains(role.Id))
                permissions |= PermissionBits.Parse(role.Permissions);
        }
        return permissions.HasFlag(DiscordPermissions.Administrator) ? DiscordPermissions.All : permissions;
    }

    private static DiscordPermissions ApplyOverwrites(
        DiscordPermissions permissions, string guildId, string userId, IReadOnlyCollection<string> roleIds, IReadOnlyList<PermissionOverwrite> overwrites)
    {
        if (permissions == DiscordPermissions.All)
            return permissions;
        if (Find(overwrites, PermissionOverwriteType.Role, guildId) is { } everyone)
            permissions = Apply(permissions, PermissionBits.Parse(everyone.Allow), PermissionBits.Parse(everyone.Deny));
        // Role overwrites are combined before applying, so one role's allow beats another role's deny whatever their positions.
        var (allow, deny) = (DiscordPermissions.None, DiscordPermissions.None);
        foreach (var overwrite in overwrites)
        {
            if (overwrite.Type == PermissionOverwriteType.Role && overwrite.Id != guildId && roleIds.Contains(overwrite.Id))
                (allow, deny) = (allow | PermissionBits.Parse(overwrite.Allow), deny | PermissionBits.Parse(overwrite.Deny));
        }
        permissions = Apply(permissions, allow, deny);
        if (Find(overwrites, PermissionOverwriteType.Member, userId) is { } own)
            permissions = Apply(permissions, PermissionBits.Parse(own.Allow), PermissionBits.Parse(own.Deny));
        return permissions;
    }

    private static DiscordPermissions Apply(DiscordPermissions permissions, DiscordPermissions allow, DiscordPermissions deny) =>
        (permissions & ~deny) | allow;

    private static PermissionOverwrite? Find(IReadOnlyList<PermissionOverwrite> overwrites, PermissionOverwriteType type, string id) =>
        overwrites.FirstOrDefault(o => o.Type == type && o.Id == id);
}
