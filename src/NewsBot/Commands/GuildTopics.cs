using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>A server's topics as commands need them: listed, offered while typing, and named when one is not found.</summary>
public sealed class GuildTopics(ITopicStore topics)
{
    private const int MaxChoiceLength = 100;
    private const int MaxListedLength = 1500;

    /// <summary>The guild's topics by name.</summary>
    public async Task<IReadOnlyList<Topic>> ListAsync(string guildId, CancellationToken cancellationToken)
    {
        var all = await topics.ListAsync(cancellationToken);
        return [.. all.Where(t => t.GuildId == guildId).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public Task<Topic?> FindAsync(string guildId, string name, CancellationToken cancellationToken) =>
        topics.FindAsync(guildId, name.Trim(), cancellationToken);

    /// <summary>Topic names for the option being typed: those starting with the text first, then those containing it.</summary>
    public async Task<IReadOnlyList<CommandChoice>> ChoicesAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GuildId is not { } guildId)
            return [];
        var typed = context.Focused?.Value?.ToString().Trim() ?? "";
        var names = (await ListAsync(guildId, cancellationToken)).Select(t => t.Name).Where(n => n.Length <= MaxChoiceLength).ToList();
        var starting = names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase));
        var containing = names.Where(n => !n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && n.Contains(typed, StringComparison.OrdinalIgnoreCase));
        return [.. starting.Concat(containing).Take(MessageLimits.AutocompleteChoices).Select(n => new CommandChoice(n, n))];
    }

    /// <summary>"There is no topic “X” in this server. Topics: A, B." for a name that matched nothing.</summary>
    public async Task<string> UnknownAsync(string guildId, string name, CancellationToken cancellationToken)
    {
        var known = await ListAsync(guildId, cancellationToken);
        var start = $"There is no topic “{DisplayText.Markdown(name, MaxChoiceLength)}” in this server.";
        if (known.Count == 0)
            return start + " It has no topics yet; a moderator can add one.";
        var list = DisplayText.Markdown(string.Join(", ", known.Select(t => t.Name)), MaxListedLength);
        return $"{start} Topics: {list}";
    }
}
