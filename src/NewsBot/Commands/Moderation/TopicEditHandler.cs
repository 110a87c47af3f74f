using NewsBot.Discord.Models;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic edit: changes the options given, the rest stays.</summary>
internal sealed class TopicEditHandler(TopicEdit edit) : TopicSubcommand("edit")
{
    protected override async Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken) =>
        Text(await edit.HandleAsync(input, cancellationToken));
}
