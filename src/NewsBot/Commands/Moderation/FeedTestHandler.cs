using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed test: the newest stories of a feed (or of the feed found on a page) as a digest would show them, with nothing saved.</summary>
internal sealed class FeedTestHandler(FeedProbe probe, FeedFinder finder, FeedChoices choices, FeedTestRun run, UserRateLimiter rateLimiter, IOptions<CommandOptions> options, TextCatalog catalog)
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
        if (!FeedAddress.TryParse(url, out var uri))
        {
            await context.RespondAsync(request.Texts.Get(FeedAddress.InvalidKey), cancellationToken);
            return;
        }
        // A feed (or an address that fails) is previewed from this one fetch; only a page is searched for feeds.
        var probed = await probe.ProbeAsync(uri, request.Texts, cancellationToken);
        if (!probed.NotAFeed)
        {
            await run.PreviewAsync(context, request, uri.AbsoluteUri, probed, cancellationToken);
            return;
        }
        var found = await finder.FindAsync(uri, request.Texts, cancellationToken);
        if (found.Error is { } error)
        {
            await context.RespondAsync(error, cancellationToken);
        }
        else if (found.Feeds is [var only])
        {
            await context.RespondAsync(FeedFinder.FoundOn(request.Texts, uri, only), cancellationToken);
            await run.PreviewAsync(context, request, only.Url.AbsoluteUri, probed: null, cancellationToken);
        }
        else if (found.Feeds.Count == 0)
        {
            await context.RespondAsync(FeedFinder.NoneFound(request.Texts, found.Discovery), cancellationToken);
        }
        else
        {
            var (token, choice) = choices.Add(expires => new FeedChoice(FeedChoiceActions.Test, request.GuildId, request.UserId, topic ?? "", uri, found.Feeds, expires));
            await context.RespondAsync(FeedChoiceMenu.Build(request.Texts, token, choice), cancellationToken);
        }
    }
}
