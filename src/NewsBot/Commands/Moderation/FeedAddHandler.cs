using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed add: checks the address (fetches, so the reply is deferred) and adds its feed to a topic, or offers the page's feeds.</summary>
internal sealed class FeedAddHandler(FeedTopicEditor editor, TextCatalog catalog) : FeedSubcommand("add", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken)
    {
        await context.DeferAsync(cancellationToken);
        await context.RespondAsync(await editor.AddAsync(request, url, topic ?? "", cancellationToken), cancellationToken);
    }
}
