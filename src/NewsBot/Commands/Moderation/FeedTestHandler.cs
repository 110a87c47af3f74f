using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed test: the newest stories of a feed as a digest would show them, with nothing saved.</summary>
internal sealed class FeedTestHandler(FeedPreview preview, ServerTopics topics, UserRateLimiter rateLimiter, IOptions<CommandOptions> options, TextCatalog catalog)
    : FeedSubcommand("test", catalog)
{
    protected override async Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken)
    {
        // Its own budget, apart from /quotes: each test fetches a feed and several pages.
        if (!rateLimiter.TryAcquire("feed-test:" + request.UserId, out var retryAt))
        {
            await context.RespondAsync(request.Texts.Get("feed.testLimit",
                ("count", TopicReplies.Number(request.Texts, options.Value.UserRequestsPerMinute)), ("when", FeedStatusLine.When(request.Texts, retryAt.AddSeconds(1)))), cancellationToken);
            return;
        }
        await context.DeferAsync(cancellationToken);
        var serverFeeds = (await topics.InGuildAsync(request.GuildId, cancellationToken)).SelectMany(t => t.Feeds).ToHashSet(StringComparer.Ordinal);
        foreach (var message in await preview.PreviewAsync(url, serverFeeds, request.Texts, cancellationToken))
            await context.RespondAsync(message, cancellationToken);
    }
}
