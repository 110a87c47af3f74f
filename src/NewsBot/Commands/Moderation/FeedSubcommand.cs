using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>A /feed subcommand, handed who asked in which server and the url and topic options.</summary>
internal abstract class FeedSubcommand(string name, TextCatalog catalog) : ModeratorSubcommand("feed " + name, catalog)
{
    protected override Task HandleForModeratorAsync(InteractionContext context, ReplyTexts texts, CancellationToken cancellationToken)
    {
        return HandleAsync(context, FeedRequest.From(context, texts), context.GetString("url") ?? "", context.GetString("topic"), cancellationToken);
    }

    protected abstract Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken);
}
