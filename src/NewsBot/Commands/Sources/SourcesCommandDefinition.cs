using NewsBot.Commands.Moderation;
using NewsBot.Discord.Models;

namespace NewsBot.Commands.Sources;

/// <summary>/sources as registered with Discord: moderators only by default (it serves /feed add outlet:), servers only.</summary>
internal static class SourcesCommandDefinition
{
    public static ApplicationCommand Create() => new()
    {
        Name = "sources",
        Description = "Browse the catalogue of news outlets NewsBot knows",
        DefaultMemberPermissions = ModeratorGuard.DefaultMemberPermissions,
        Contexts = CommandScope.InServers,
        IntegrationTypes = CommandScope.ServerOnly,
        Options =
        [
            new()
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "browse",
                Description = "Show the catalogue's outlets and how they are doing, a page at a time",
                Options =
                [
                    Text("country", "Two-letter country code, e.g. at"),
                    Text("language", "Two-letter language code, e.g. de"),
                    new() { Type = ApplicationCommandOptionType.Integer, Name = "page", Description = "Which page of the list", MinValue = 1 },
                ],
            },
        ],
    };

    private static ApplicationCommandOption Text(string name, string description) =>
        new() { Type = ApplicationCommandOptionType.String, Name = name, Description = description };
}
