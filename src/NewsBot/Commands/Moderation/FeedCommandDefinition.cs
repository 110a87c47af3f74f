using NewsBot.Discord.Models;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed as registered with Discord: moderators only by default, servers only (context 0).</summary>
internal static class FeedCommandDefinition
{
    public static ApplicationCommand Create() => new()
    {
        Name = "feed",
        Description = "Add, remove, pause and test the news feeds of this server's topics",
        DefaultMemberPermissions = ModeratorGuard.DefaultMemberPermissions,
        Contexts = CommandScope.InServers,
        IntegrationTypes = CommandScope.ServerOnly,
        Options =
        [
            // Topic first: Discord lists required options before optional ones, and add takes a url or a catalogue outlet.
            Subcommand("add", "Add a feed or a catalogue outlet to a topic; NewsBot fetches it first", Topic(required: true), Url(suggest: false, required: false), Outlet()),
            Subcommand("remove", "Remove a feed from a topic", Url(suggest: true), Topic(required: true)),
            Subcommand("list", "Show the feeds of this server's topics and how they are doing", Topic(required: false)),
            Subcommand("pause", "Stop polling a feed until a moderator resumes it", Url(suggest: true)),
            Subcommand("resume", "Poll a paused or failing feed again", Url(suggest: true)),
            Subcommand("test", "Show what NewsBot would post from a feed, saving nothing", Url(suggest: false)),
        ],
    };

    private static ApplicationCommandOption Subcommand(string name, string description, params ApplicationCommandOption[] options) =>
        new() { Type = ApplicationCommandOptionType.SubCommand, Name = name, Description = description, Options = options };

    private static ApplicationCommandOption Url(bool suggest, bool required = true) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "url",
        Description = "The feed's address (http or https)",
        Required = required,
        Autocomplete = suggest ? true : null,
    };

    private static ApplicationCommandOption Outlet() => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "outlet",
        Description = "An outlet of NewsBot's catalogue, instead of a url (see /sources browse)",
        Required = false,
        Autocomplete = true,
    };

    private static ApplicationCommandOption Topic(bool required) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "topic",
        Description = "The topic's name",
        Required = required,
        Autocomplete = true,
    };
}
