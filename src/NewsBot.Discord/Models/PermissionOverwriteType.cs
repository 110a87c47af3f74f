namespace NewsBot.Discord.Models;

public enum PermissionOverwriteType
{
    Role = 0,
    Member = 1,
}
