using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed resume: polls a paused feed again.</summary>
internal sealed class FeedResumeHandler(FeedPauseSwitch pauses) : FeedSubcommand("resume")
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken) =>
        await context.RespondAsync(await pauses.ResumeAsync(request, url, cancellationToken), cancellationToken);
}
