using System.Globalization;
using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Who may change topics and feeds: members with Manage Server (or Administrator), checked on every call. Server admins
/// can open a command's default permissions to everyone, so the definition's default_member_permissions alone is not enough.
/// </summary>
public static class ModeratorGuard
{
    /// <summary>For command definitions: Manage Server, as Discord's permission-bits string.</summary>
    public static string DefaultMemberPermissions { get; } = ((ulong)DiscordPermissions.ManageGuild).ToString(CultureInfo.InvariantCulture);

    /// <summary>The reply text for a member who is not a moderator.</summary>
    public const string RefusalKey = "mod.refusal";

    /// <summary>
    /// True for a moderator in a server with NewsBot installed; false in DMs (no server to moderate), in a server where
    /// only the member installed NewsBot, and for everyone else.
    /// </summary>
    public static bool IsModerator(InteractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ServerId is not null && context.HasPermission(DiscordPermissions.ManageGuild);
    }
}
