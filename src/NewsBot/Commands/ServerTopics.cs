using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// A server's topics, the one service every command asks: listed, found by name, offered while typing, and named when
/// one is not found. Names are per server; a topic from the settings file whose channel was not looked up yet has no
/// server, and moderators still find it.
/// </summary>
public sealed class ServerTopics(ITopicStore topics)
{
    private const int MaxChoiceLength = 100;
    private const int MaxListedLength = 1500;

    /// <summary>The server's topics by name.</summary>
    public async Task<IReadOnlyList<Topic>> ListAsync(string guildId, CancellationToken cancellationToken) =>
        [.. (await InGuildAsync(guildId, cancellationToken)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The server's topics in the store's order.</summary>
    public async Task<IReadOnlyList<Topic>> InGuildAsync(string guildId, CancellationToken cancellationToken) =>
        [.. (await topics.ListAsync(cancellationToken)).Where(t => t.GuildId == guildId)];

    /// <summary>
    /// The topics of the bot's settings file: the operator's own, published with the bot, and what /news searches
    /// outside a server. A topic a server's moderators created is never among them.
    /// </summary>
    public async Task<IReadOnlyList<Topic>> PublicAsync(CancellationToken cancellationToken) =>
        [.. (await topics.ListAsync(cancellationToken)).Where(t => t.Origin == TopicOrigin.Configuration).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The topics a command used here may show: the server's, or outside a server (<paramref name="serverId"/> null) the public ones.</summary>
    public Task<IReadOnlyList<Topic>> VisibleAsync(string? serverId, CancellationToken cancellationToken) =>
        serverId is null ? PublicAsync(cancellationToken) : ListAsync(serverId, cancellationToken);

    public Task<Topic?> FindAsync(string guildId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return topics.FindAsync(guildId, name.Trim(), cancellationToken);
    }

    /// <summary>The server's topic of that name, or a settings topic of that name that no server claimed yet.</summary>
    public async Task<Topic?> FindIncludingSettingsAsync(string guildId, string name, CancellationToken cancellationToken)
    {
        var topic = await topics.FindAsync(guildId, name, cancellationToken);
        if (topic is null && await topics.FindAsync(null, name, cancellationToken) is { Origin: TopicOrigin.Configuration } configured)
            topic = configured;
        return topic;
    }

    /// <summary>Names that start with what was typed first, then names that contain it; at most 25, each a valid choice.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string guildId, string typed, CancellationToken cancellationToken) =>
        Suggest((await ListAsync(guildId, cancellationToken)).Select(t => t.Name), typed);

    private static IReadOnlyList<string> Suggest(IEnumerable<string> all, string typed)
    {
        var names = all.Where(n => n.Length <= MaxChoiceLength).ToList();
        var starting = names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase));
        var containing = names.Where(n => !n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && n.Contains(typed, StringComparison.OrdinalIgnoreCase));
        return [.. starting.Concat(containing).Take(MessageLimits.AutocompleteChoices)];
    }

    /// <summary>Topic names for the option being typed.</summary>
    public async Task<IReadOnlyList<CommandChoice>> ChoicesAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var typed = context.Focused?.Value?.ToString().Trim() ?? "";
        var names = (await VisibleAsync(context.ServerId, cancellationToken)).Select(t => t.Name);
        return [.. Suggest(names, typed).Select(n => new CommandChoice(n, n))];
    }

    /// <summary>"There is no topic “X” in this server. Topics: A, B." for a name that matched nothing, in the member's language.</summary>
    public async Task<string> UnknownAsync(string guildId, string name, ReplyTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var known = await ListAsync(guildId, cancellationToken);
        var shown = DisplayText.Markdown(name, MaxChoiceLength);
        if (known.Count == 0)
            return texts.Get("topics.unknownNoTopics", ("name", shown));
        return texts.Get("topics.unknownKnown", ("name", shown), ("list", DisplayText.Markdown(string.Join(", ", known.Select(t => t.Name)), MaxListedLength)));
    }
}
