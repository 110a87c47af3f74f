namespace NewsBot.Testing.FakeDiscord;

/// <summary>The permission bits the fake knows about (the fake does not reference the client's enum on purpose).</summary>
public static class FakePermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>What @everyone may do in the fake guild unless a test says otherwise.</summary>
    public const ulong EveryoneDefault = ViewChannel | SendMessages | EmbedLinks | ReadMessageHistory | SendMessagesInThreads;
}
