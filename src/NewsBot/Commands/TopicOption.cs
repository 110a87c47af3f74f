using NewsBot.Discord.Models;

namespace NewsBot.Commands;

/// <summary>The "topic" option every topic command shares, with the guild's topic names offered while typing.</summary>
internal static class TopicOption
{
    public const string Name = "topic";

    public static ApplicationCommandOption Create(bool required, string description = "The topic's name") => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = Name,
        Description = description,
        Required = required,
        Autocomplete = true,
    };
}
