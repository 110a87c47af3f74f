using NewsBot.Commands.Moderation;
using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Sources;

/// <summary>/sources browse country: language: page:: one page of the catalogue's outlets with their polling status.</summary>
internal sealed class SourcesBrowseHandler(CatalogPages pages, TextCatalog catalog) : ModeratorSubcommand("sources browse", catalog)
{
    protected override async Task HandleForModeratorAsync(InteractionContext context, ReplyTexts texts, CancellationToken cancellationToken)
    {
        var page = (int)Math.Clamp(context.GetInteger("page") ?? 1, 1, int.MaxValue);
        var reply = await pages.PageAsync(texts, context.GetString("country"), context.GetString("language"), page, cancellationToken);
        await context.RespondAsync(reply, cancellationToken);
    }
}
