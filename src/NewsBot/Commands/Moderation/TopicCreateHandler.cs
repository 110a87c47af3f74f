using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic create: a new topic, its channel checked, its schedule started.</summary>
internal sealed class TopicCreateHandler(TopicCreate create, TextCatalog catalog) : TopicSubcommand("create", catalog)
{
    protected override async Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken) =>
        Text(await create.HandleAsync(input, cancellationToken));
}
