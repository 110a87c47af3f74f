using NewsBot.Core.Topics;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>The moderator commands' ways of finding a topic, with their own replies (in the moderator's language) when they cannot.</summary>
internal static class ModeratorTopicLookups
{
    /// <returns>The topic, or the reply that lists the server's topics.</returns>
    public static async Task<(Topic? Topic, string? Error)> FindForModeratorAsync(
        this ServerTopics topics, ReplyTexts texts, string guildId, string name, CancellationToken cancellationToken)
    {
        var topic = await topics.FindIncludingSettingsAsync(guildId, name, cancellationToken);
        return topic is not null ? (topic, null) : (null, TopicReplies.Unknown(texts, name, await topics.InGuildAsync(guildId, cancellationToken)));
    }

    /// <returns>The topic a command may change, or the sentence that says why not (settings topics are not the commands' to change).</returns>
    public static async Task<(Topic? Topic, string? Refusal)> FindEditableAsync(
        this ServerTopics topics, ReplyTexts texts, string guildId, string name, CancellationToken cancellationToken)
    {
        var (topic, error) = await topics.FindForModeratorAsync(texts, guildId, name, cancellationToken);
        if (topic is null)
            return (null, error);
        if (topic.Origin == TopicOrigin.Configuration)
            return (null, texts.Get("mod.settingsOwned", ("topic", FeedText.Name(topic.Name))));
        return (topic, null);
    }
}
