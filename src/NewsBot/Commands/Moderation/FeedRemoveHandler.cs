using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed remove: takes a feed off a topic.</summary>
internal sealed class FeedRemoveHandler(FeedTopicEditor editor, TextCatalog catalog) : FeedSubcommand("remove", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken) =>
        await context.RespondAsync(await editor.RemoveAsync(request, url, topic ?? "", cancellationToken), cancellationToken);
}
