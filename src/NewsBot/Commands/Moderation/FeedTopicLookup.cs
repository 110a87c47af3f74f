using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>A server's topics: names are per guild, and topics from the settings file are not the commands' to change.</summary>
internal sealed class FeedTopicLookup(ITopicStore topics)
{
    public const string SettingsOwned = "this topic is defined in the settings file; change it there.";

    public async Task<IReadOnlyList<Topic>> InGuildAsync(string guildId, CancellationToken cancellationToken) =>
        [.. (await topics.ListAsync(cancellationToken)).Where(t => t.GuildId == guildId)];

    /// <returns>The topic a command may change, or the sentence that says why not.</returns>
    public async Task<(Topic? Topic, string? Refusal)> FindEditableAsync(string guildId, string name, CancellationToken cancellationToken)
    {
        // A configured topic whose channel was not looked up yet has no guild; it is still not ours to change.
        var topic = await topics.FindAsync(guildId, name, cancellationToken);
        if (topic is null && await topics.FindAsync(null, name, cancellationToken) is { Origin: TopicOrigin.Configuration } configured)
            topic = configured;
        if (topic is null)
            return (null, TopicReplies.Unknown(name, await InGuildAsync(guildId, cancellationToken)));
        if (topic.Origin == TopicOrigin.Configuration)
            return (null, $"NewsBot cannot change {FeedText.Name(topic.Name)} by command: {SettingsOwned}");
        return (topic, null);
    }
}
