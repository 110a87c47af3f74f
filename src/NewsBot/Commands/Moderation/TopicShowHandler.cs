using NewsBot.Discord.Models;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic show: the topic's settings and recent changes.</summary>
internal sealed class TopicShowHandler(TopicShow show) : TopicSubcommand("show")
{
    protected override Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken) =>
        show.HandleAsync(input, cancellationToken);
}
