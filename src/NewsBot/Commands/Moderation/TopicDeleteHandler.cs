using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic delete: the topic and its schedule.</summary>
internal sealed class TopicDeleteHandler(TopicDelete delete, TextCatalog catalog) : TopicSubcommand("delete", catalog)
{
    protected override async Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken) =>
        Text(await delete.HandleAsync(input, cancellationToken));
}
