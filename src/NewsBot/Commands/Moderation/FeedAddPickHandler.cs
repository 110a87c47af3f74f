using NewsBot.Discord.Interactions;
using NewsBot.Ingestion.Discovery;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>The feed picked after /feed add on a page with several: added to the topic named in the command.</summary>
internal sealed class FeedAddPickHandler(FeedTopicEditor editor, FeedChoices choices, TextCatalog catalog) : FeedPickHandler(FeedChoiceActions.Add, choices, catalog)
{
    protected override async Task PickedAsync(InteractionContext context, FeedRequest request, FeedChoice choice, DiscoveredFeed feed, CancellationToken cancellationToken) =>
        await context.RespondAsync(await editor.AddFoundAsync(request, choice.Topic, feed, choice.Page, cancellationToken), cancellationToken);
}
