using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed test: the newest stories of a feed as a digest would show them, with nothing saved.</summary>
internal sealed class FeedTestHandler(FeedPreview preview, ServerTopics topics, ReplyLayouts layouts, UserRateLimiter rateLimiter, IOptions<CommandOptions> options, TextCatalog catalog)
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
        var serverTopics = await topics.InGuildAsync(request.GuildId, cancellationToken);
        var serverFeeds = serverTopics.SelectMany(t => t.Feeds).ToHashSet(StringComparer.Ordinal);
        // The preview looks like the digests of the server's topics that follow the feed, else of those posting here.
        var following = serverTopics.Where(t => FeedAddress.FindIn(t.Feeds, url) is not null).ToList();
        var look = await layouts.ForAsync(context, following, cancellationToken);
        foreach (var message in await preview.PreviewAsync(url, serverFeeds, request.Texts, look, cancellationToken))
            await context.RespondAsync(message, cancellationToken);
    }
}
