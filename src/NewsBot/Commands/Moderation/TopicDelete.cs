using NewsBot.Core.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic delete: removes a command-owned topic and its schedule at once; its history stays.</summary>
internal sealed class TopicDelete(ServerTopics directory, TopicSaver saver)
{
    public async Task<string> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var (topic, missing) = await directory.FindForModeratorAsync(input.GuildId, input.Name, cancellationToken);
        if (topic is null)
            return missing!;
        if (topic.Origin == TopicOrigin.Configuration)
            return TopicReplies.OwnedByConfiguration(topic);
        if (!await saver.DeleteAsync(topic, input.ActorId, cancellationToken))
            return TopicReplies.Unknown(input.Name, await directory.InGuildAsync(input.GuildId, cancellationToken));
        return $"Deleted {TopicReplies.Bold(topic.Name)}; its digests stop now and its feeds are no longer followed for it.";
    }
}
