using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>A /topic subcommand: the options read into a <see cref="TopicCommandInput"/>, one reply.</summary>
internal abstract class TopicSubcommand(string name, TextCatalog catalog) : ModeratorSubcommand("topic " + name, catalog)
{
    protected override async Task HandleForModeratorAsync(InteractionContext context, ReplyTexts texts, CancellationToken cancellationToken) =>
        await context.RespondAsync(await ReplyAsync(TopicCommandInput.From(context, texts), cancellationToken), cancellationToken);

    protected abstract Task<MessagePayload> ReplyAsync(TopicCommandInput input, CancellationToken cancellationToken);

    protected static MessagePayload Text(string content) => new() { Content = content };
}
