namespace NewsBot.Discord.Models;

/// <summary>What kind of command: typed after a slash, or picked from a user's or a message's context menu.</summary>
public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}
