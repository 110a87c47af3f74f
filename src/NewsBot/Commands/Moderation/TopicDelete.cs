using NewsBot.Core.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic delete: removes a command-owned topic and its schedule at once; its history stays.</summary>
internal sealed class TopicDelete(ServerTopics directory, TopicSaver saver)
{
    public async Task<string> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var texts = input.Texts;
        var (topic, missing) = await directory.FindForModeratorAsync(texts, input.GuildId, input.Name, cancellationToken);
        if (topic is null)
            return missing!;
        if (topic.Origin == TopicOrigin.Configuration)
            return TopicReplies.OwnedByConfiguration(texts, topic);
        if (!await saver.DeleteAsync(topic, input.ActorId, cancellationToken))
            return TopicReplies.Unknown(texts, input.Name, await directory.InGuildAsync(input.GuildId, cancellationToken));
        return texts.Get("topic.deleted", ("name", TopicReplies.Bold(topic.Name)));
    }
}
