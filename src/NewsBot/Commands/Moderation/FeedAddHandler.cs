using NewsBot.Discord.Interactions;
using NewsBot.Ingestion.Catalog;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed add: checks the address (fetches, so the reply is deferred) and adds its feed to a topic, or offers the page's
/// feeds. Given an outlet of the catalogue instead of a url, the outlet's feed or news sitemap is added.
/// </summary>
internal sealed class FeedAddHandler(FeedTopicEditor editor, OutletCatalog outlets, TextCatalog catalog) : FeedSubcommand("add", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken)
    {
        if (context.GetString("outlet") is { } name && !string.IsNullOrWhiteSpace(name))
        {
            if (outlets.Find(name) is not { } outlet)
            {
                await context.RespondAsync(request.Texts.Get("feed.unknownOutlet", ("outlet", FeedText.Name(name))), cancellationToken);
                return;
            }
            url = outlet.SourceUrl.AbsoluteUri;
        }
        await context.DeferAsync(cancellationToken);
        await context.RespondAsync(await editor.AddAsync(request, url, topic ?? "", cancellationToken), cancellationToken);
    }
}
