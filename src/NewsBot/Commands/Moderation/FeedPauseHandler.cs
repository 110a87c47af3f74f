using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed pause: stops polling a feed until a moderator resumes it.</summary>
internal sealed class FeedPauseHandler(FeedPauseSwitch pauses, TextCatalog catalog) : FeedSubcommand("pause", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken) =>
        await context.RespondAsync(await pauses.PauseAsync(request, url, cancellationToken), cancellationToken);
}
