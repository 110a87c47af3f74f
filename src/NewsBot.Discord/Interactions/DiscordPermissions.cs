namespace NewsBot.Discord.Interactions;

/// <summary>The permission bits NewsBot's handlers check (Discord sends them as a decimal string).</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Discord's name.")]
public enum DiscordPermissions : ulong
{
    None = 0,
    ManageChannels = 1UL << 4,
    Administrator = 1UL << 3,
    ManageGuild = 1UL << 5,
    SendMessages = 1UL << 11,
    ManageMessages = 1UL << 13,
    ManageWebhooks = 1UL << 29,
    ModerateMembers = 1UL << 40,
}
