using NewsBot.Discord.Interactions;
using NewsBot.Ingestion.Discovery;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>The feed picked after /feed test on a page with several: previewed (it fetches, so the reply is deferred).</summary>
internal sealed class FeedTestPickHandler(FeedTestRun run, FeedChoices choices, TextCatalog catalog) : FeedPickHandler(FeedChoiceActions.Test, choices, catalog)
{
    protected override async Task PickedAsync(InteractionContext context, FeedRequest request, FeedChoice choice, DiscoveredFeed feed, CancellationToken cancellationToken)
    {
        await context.DeferAsync(cancellationToken);
        await run.PreviewAsync(context, request, feed.Url.AbsoluteUri, probed: null, cancellationToken);
    }
}
