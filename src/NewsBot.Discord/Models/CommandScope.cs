namespace NewsBot.Discord.Models;

/// <summary>
/// Where a command is offered (<c>contexts</c>: 0 a server, 1 the bot's DM, 2 other DMs and group DMs) and through which
/// installation (<c>integration_types</c>: 0 installed in the server, 1 installed by the user to their account).
/// </summary>
public static class CommandScope
{
    public const int GuildContext = 0;
    public const int BotDmContext = 1;
    public const int PrivateChannelContext = 2;

    public const int GuildInstall = 0;
    public const int UserInstall = 1;

    /// <summary>Contexts of a command usable anywhere: servers, the bot's DM, other DMs.</summary>
    public static IReadOnlyList<int> Anywhere { get; } = [GuildContext, BotDmContext, PrivateChannelContext];

    /// <summary>Contexts of a command that only makes sense in a server.</summary>
    public static IReadOnlyList<int> InServers { get; } = [GuildContext];

    /// <summary>Integration types of a command a member may also install to their own account.</summary>
    public static IReadOnlyList<int> ServerOrUser { get; } = [GuildInstall, UserInstall];

    /// <summary>Integration types of a command that needs NewsBot installed in the server.</summary>
    public static IReadOnlyList<int> ServerOnly { get; } = [GuildInstall];
}
