using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic edit: changes the options given, the rest stays.</summary>
internal sealed class TopicEditHandler(TopicEdit edit, TextCatalog catalog) : TopicSubcommand("edit", catalog)
{
    protected override async Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken) =>
        Text(await edit.HandleAsync(input, cancellationToken));
}
