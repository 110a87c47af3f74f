using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed test's preview of one feed, in the look of the server's topics that follow it (or post here).</summary>
internal sealed class FeedTestRun(FeedPreview preview, ServerTopics topics, ReplyLayouts layouts)
{
    /// <param name="probed">The feed when the command already fetched it; else it is fetched here.</param>
    public async Task PreviewAsync(InteractionContext context, FeedRequest request, string url, FeedProbeResult? probed, CancellationToken cancellationToken)
    {
        var serverTopics = await topics.InGuildAsync(request.GuildId, cancellationToken);
        var serverFeeds = serverTopics.SelectMany(t => t.Feeds).ToHashSet(StringComparer.Ordinal);
        // The preview looks like the digests of the server's topics that follow the feed, else of those posting here.
        var following = serverTopics.Where(t => FeedAddress.FindIn(t.Feeds, url) is not null).ToList();
        var look = await layouts.ForAsync(context, following, cancellationToken);
        var messages = probed is null
            ? await preview.PreviewAsync(url, serverFeeds, request.Texts, look, cancellationToken)
            : await preview.PreviewAsync(probed, serverFeeds, request.Texts, look, cancellationToken);
        foreach (var message in messages)
            await context.RespondAsync(message, cancellationToken);
    }
}
