namespace NewsBot.Discord.Models;

[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Discord calls them message flags.")]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    Loading = 1 << 7,
    SuppressNotifications = 1 << 12,

    /// <summary>The message is laid out by components only: no content, no embeds; it can never be unset.</summary>
    IsComponentsV2 = 1 << 15,
}
