using NewsBot.Core.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>The moderator commands' ways of finding a topic, with their own replies when they cannot.</summary>
internal static class ModeratorTopicLookups
{
    public const string SettingsOwned = "this topic is defined in the settings file; change it there.";

    /// <returns>The topic, or the reply that lists the server's topics.</returns>
    public static async Task<(Topic? Topic, string? Error)> FindForModeratorAsync(
        this ServerTopics topics, string guildId, string name, CancellationToken cancellationToken)
    {
        var topic = await topics.FindIncludingSettingsAsync(guildId, name, cancellationToken);
        return topic is not null ? (topic, null) : (null, TopicReplies.Unknown(name, await topics.InGuildAsync(guildId, cancellationToken)));
    }

    /// <returns>The topic a command may change, or the sentence that says why not (settings topics are not the commands' to change).</returns>
    public static async Task<(Topic? Topic, string? Refusal)> FindEditableAsync(
        this ServerTopics topics, string guildId, string name, CancellationToken cancellationToken)
    {
        var (topic, error) = await topics.FindForModeratorAsync(guildId, name, cancellationToken);
        if (topic is null)
            return (null, error);
        if (topic.Origin == TopicOrigin.Configuration)
            return (null, $"NewsBot cannot change {FeedText.Name(topic.Name)} by command: {SettingsOwned}");
        return (topic, null);
    }
}
