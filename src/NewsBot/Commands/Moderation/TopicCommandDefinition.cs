using NewsBot.Discord.Models;
using NewsBot.Engine.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>The /topic command as registered with Discord: moderators only by default, in servers only.</summary>
internal static class TopicCommandDefinition
{
    public const int MaxStoriesLimit = 25;
    public const string DefaultSchedule = "daily 08:00";
    public const string DefaultTimeZone = "UTC";
    public const int DefaultMaxStories = 8;

    public static ApplicationCommand Create() => new()
    {
        Name = "topic",
        Description = "Create, change, delete or inspect this server's news topics",
        DefaultMemberPermissions = ModeratorGuard.DefaultMemberPermissions,
        Contexts = CommandScope.InServers,
        IntegrationTypes = CommandScope.ServerOnly,
        Options =
        [
            Subcommand("create", "Create a topic: a query over feeds, posted as a digest to a channel",
                Name("Name of the new topic", autocomplete: false),
                Text("query", "Words to look for, e.g. harbour OR ferry -sports", required: true),
                Channel("The channel the digest is posted in", required: true),
                Text("schedule", $"When to post, e.g. {DefaultSchedule}, weekdays 07:30, every 6h (default {DefaultSchedule})"),
                Text("timezone", "IANA time zone of the schedule, e.g. Europe/Berlin (default UTC)"),
                MaxStories(),
                Text("tags", "Forum tags for each post, comma-separated, up to 5 (forum channels)"),
                Publish(),
                Text("color", $"Accent colour of the digest, a hex like {AccentColor.Example} (default: none)"),
                Layout("How the digest is laid out (default: the bot's setting)"),
                Locale("Language of the digest's own words (default: the bot's setting)"),
                Sources("Where stories come from: feeds you add with /feed add (default), or the outlet catalogue"),
                Text("country", "Catalogue outlets of this country, a two-letter code like at (default: every country)"),
                Text("language", "Catalogue outlets publishing in this language, a code like de (default: every language)")),
            Subcommand("edit", "Change a topic; only the options you give change",
                Name("The topic to change"),
                Text("query", "New query"),
                Channel("New channel for the digest", required: false),
                Text("schedule", "New schedule, e.g. weekdays 07:30"),
                Text("timezone", "New IANA time zone, e.g. America/New_York"),
                MaxStories(),
                Text("new_name", "New name for the topic"),
                Text("tags", "Forum tags for each post, comma-separated, up to 5; a comma alone clears them"),
                Publish(),
                Text("color", $"New accent colour, a hex like {AccentColor.Example}, or none"),
                Layout("New layout of the digest, or default for the bot's setting"),
                Locale("New language of the digest's words, or default for the bot's setting"),
                Sources("Take stories from feeds added with /feed add, or from the outlet catalogue"),
                Text("country", "Catalogue outlets of this country (a two-letter code), or any"),
                Text("language", "Catalogue outlets publishing in this language (a code like de), or any")),
            Subcommand("delete", "Delete a topic and stop its digest", Name("The topic to delete")),
            Subcommand("show", "Show a topic's settings, next digest and last change", Name("The topic to show")),
        ],
    };

    private static ApplicationCommandOption Subcommand(string name, string description, params ApplicationCommandOption[] options) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
        Options = options,
    };

    private static ApplicationCommandOption Name(string description, bool autocomplete = true) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "name",
        Description = description,
        Required = true,
        Autocomplete = autocomplete ? true : null,
    };

    private static ApplicationCommandOption Text(string name, string description, bool required = false) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = name,
        Description = description,
        Required = required ? true : null,
    };

    private static ApplicationCommandOption Channel(string description, bool required) => new()
    {
        Type = ApplicationCommandOptionType.Channel,
        Name = "channel",
        Description = description,
        Required = required ? true : null,
        ChannelTypes = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum],
    };

    private static ApplicationCommandOption Layout(string description) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "layout",
        Description = description,
        Choices = [new CommandChoice("Components", "components"), new CommandChoice("Embeds", "embeds"), new CommandChoice("default", TopicLayout.Default)],
    };

    // "Deutsch (de)", "português (pt-BR)": a language is found by its own name, and the locale is what the settings file takes.
    private static ApplicationCommandOption Locale(string description) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "locale",
        Description = description,
        Choices = [.. TopicLocale.Known().Select(l => new CommandChoice($"{System.Globalization.CultureInfo.GetCultureInfo(l.Split('-')[0]).NativeName} ({l})", l)), new CommandChoice("default", TopicLocale.Default)],
    };

    private static ApplicationCommandOption Sources(string description) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "sources",
        Description = description,
        Choices = [new CommandChoice("Feeds added with /feed add", TopicCatalogChoice.Feeds), new CommandChoice("Outlet catalogue", TopicCatalogChoice.Catalog)],
    };

    private static ApplicationCommandOption Publish() => new()
    {
        Type = ApplicationCommandOptionType.Boolean,
        Name = "publish",
        Description = "Crosspost each digest to servers following the channel (announcement channels)",
    };

    private static ApplicationCommandOption MaxStories() => new()
    {
        Type = ApplicationCommandOptionType.Integer,
        Name = "max_stories",
        Description = $"Most stories in one digest, 1 to {MaxStoriesLimit} (default {DefaultMaxStories})",
        MinValue = 1,
        MaxValue = MaxStoriesLimit,
    };
}
