using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>One server's topics as /topic sees them: lookup by name with a helpful miss, and the names offered while typing.</summary>
internal sealed class TopicDirectory(ITopicStore store)
{
    private const int MaxChoices = 25;

    public async Task<IReadOnlyList<Topic>> InGuildAsync(string guildId, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Where(t => string.Equals(t.GuildId, guildId, StringComparison.Ordinal))];

    /// <summary>
    /// The guild's topic of that name; a settings topic whose channel was never looked up has no guild yet, so it is found
    /// too (the moderator then learns it belongs to the settings file instead of being told it does not exist).
    /// </summary>
    public async Task<(Topic? Topic, string? Error)> FindAsync(string guildId, string name, CancellationToken cancellationToken)
    {
        var topic = await store.FindAsync(guildId, name, cancellationToken);
        if (topic is null && await store.FindAsync(null, name, cancellationToken) is { Origin: TopicOrigin.Configuration } configured)
            topic = configured;
        return topic is not null ? (topic, null) : (null, TopicReplies.Unknown(name, await InGuildAsync(guildId, cancellationToken)));
    }

    /// <summary>Names that start with what was typed first, then names that contain it; at most 25.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string guildId, string typed, CancellationToken cancellationToken)
    {
        var names = (await InGuildAsync(guildId, cancellationToken)).Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var starting = names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase));
        var containing = names.Where(n => !n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && n.Contains(typed, StringComparison.OrdinalIgnoreCase));
        return [.. starting.Concat(containing).Take(MaxChoices)];
    }
}
