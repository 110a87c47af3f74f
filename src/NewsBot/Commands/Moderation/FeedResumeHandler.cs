using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed resume: polls a paused feed again.</summary>
internal sealed class FeedResumeHandler(FeedPauseSwitch pauses, TextCatalog catalog) : FeedSubcommand("resume", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken) =>
        await context.RespondAsync(await pauses.ResumeAsync(request, url, cancellationToken), cancellationToken);
}
