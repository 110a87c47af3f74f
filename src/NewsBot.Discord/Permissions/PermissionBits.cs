using System.Globalization;
using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Permissions;

/// <summary>Discord sends permission sets as decimal strings because they outgrow 53-bit JSON numbers.</summary>
public static class PermissionBits
{
    /// <summary>Null, empty or malformed text counts as no permissions, so a bad payload never grants anything.</summary>
    public static DiscordPermissions Parse(string? bits) =>
        ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (DiscordPermissions)value : DiscordPermissions.None;

    public static string Format(DiscordPermissions permissions) => ((ulong)permissions).ToString(CultureInfo.InvariantCulture);
}
