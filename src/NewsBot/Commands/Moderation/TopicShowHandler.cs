using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic show: the topic's settings and recent changes.</summary>
internal sealed class TopicShowHandler(TopicShow show, TextCatalog catalog) : TopicSubcommand("show", catalog)
{
    protected override Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken) =>
        show.HandleAsync(input, cancellationToken);
}
