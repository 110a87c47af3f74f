using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed list: the server's feeds (or one topic's) with their health.</summary>
internal sealed class FeedListHandler(FeedStatusList list) : FeedSubcommand("list")
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken) =>
        await context.RespondAsync(await list.ListAsync(request, topic, cancellationToken), cancellationToken);
}
