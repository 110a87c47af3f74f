using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed list: the server's feeds (or one topic's) with their health.</summary>
internal sealed class FeedListHandler(FeedStatusList list, TextCatalog catalog) : FeedSubcommand("list", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken) =>
        await context.RespondAsync(await list.ListAsync(request, topic, cancellationToken), cancellationToken);
}
