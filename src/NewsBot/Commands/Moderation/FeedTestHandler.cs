using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed test: the newest stories of a feed as a digest would show them, with nothing saved.</summary>
internal sealed class FeedTestHandler(FeedPreview preview, ServerTopics topics, UserRateLimiter rateLimiter, IOptions<CommandOptions> options)
    : FeedSubcommand("test")
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken)
    {
        // Its own budget, apart from /quotes: each test fetches a feed and several pages.
        if (!rateLimiter.TryAcquire("feed-test:" + request.UserId, out var retryAt))
        {
            await context.RespondAsync(
                $"You can test {options.Value.UserRequestsPerMinute} feeds a minute; try again {FeedStatusLine.When(retryAt.AddSeconds(1))}.", cancellationToken);
            return;
        }
        await context.DeferAsync(cancellationToken);
        var serverFeeds = (await topics.InGuildAsync(request.GuildId, cancellationToken)).SelectMany(t => t.Feeds).ToHashSet(StringComparer.Ordinal);
        foreach (var message in await preview.PreviewAsync(url, serverFeeds, cancellationToken))
            await context.RespondAsync(message, cancellationToken);
    }
}
