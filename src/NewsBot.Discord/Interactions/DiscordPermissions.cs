namespace NewsBot.Discord.Interactions;

/// <summary>The permission bits NewsBot checks (Discord sends them as a decimal string).</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Discord's name.")]
public enum DiscordPermissions : ulong
{
    None = 0,
    Administrator = 1UL << 3,
    ManageChannels = 1UL << 4,
    ManageGuild = 1UL << 5,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    SendTtsMessages = 1UL << 12,
    ManageMessages = 1UL << 13,
    EmbedLinks = 1UL << 14,
    AttachFiles = 1UL << 15,
    ReadMessageHistory = 1UL << 16,
    MentionEveryone = 1UL << 17,
    ManageWebhooks = 1UL << 29,
    SendMessagesInThreads = 1UL << 38,
    ModerateMembers = 1UL << 40,

    /// <summary>What the guild owner and administrators have: every bit, including ones Discord adds later.</summary>
    All = ulong.MaxValue,
}
