using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed add|remove|list|pause|resume|test for moderators. Every reply is ephemeral; the permission is checked here on
/// every call, since a server can open the command's default permissions to everyone.
/// </summary>
internal sealed class FeedCommand : IDiscordCommand
{
    private readonly FeedTopicEditor _editor;
    private readonly FeedStatusList _list;
    private readonly FeedPauseSwitch _pause;
    private readonly FeedPreview _preview;
    private readonly FeedAutocomplete _autocomplete;
    private readonly UserRateLimiter _testLimit;
    private readonly int _testsPerMinute;

    public FeedCommand(
        ITopicStore topics, IFeedStateStore states, EngineScheduler scheduler, IWebFetcher fetcher, FeedParser parser,
        ArticleReader articles, ArticleExtractor extractor, IQuoteExtractor quotes, IOptions<ModerationLimits> limits, UserRateLimiter rateLimiter, IOptions<CommandOptions> commandOptions,
        TimeProvider time, ILogger<FeedCommand> logger)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var lookup = new FeedTopicLookup(topics);
        var probe = new FeedProbe(fetcher, parser);
        _editor = new FeedTopicEditor(lookup, topics, probe, scheduler, limits.Value);
        _list = new FeedStatusList(lookup, states);
        _pause = new FeedPauseSwitch(lookup, topics, states, scheduler);
        _preview = new FeedPreview(probe, new FeedItemReader(articles, extractor, logger), quotes);
        _autocomplete = new FeedAutocomplete(lookup);
        _testLimit = rateLimiter;
        _testsPerMinute = commandOptions.Value.UserRequestsPerMinute;
    }

    public ApplicationCommand Definition { get; } = FeedCommandDefinition.Create();

    public bool Ephemeral => true;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ModeratorGuard.IsModerator(context))
        {
            await context.RespondAsync(ModeratorGuard.Refusal, cancellationToken);
            return;
        }
        var request = new FeedRequest(context.Interaction.GuildId!, context.Interaction.Member?.User?.Id ?? context.Interaction.User?.Id ?? "unknown");
        var url = context.GetString("url") ?? "";
        var topic = context.GetString("topic");
        switch (context.CommandPath)
        {
            case "feed add":
                await context.DeferAsync(cancellationToken);
                await context.RespondAsync(await _editor.AddAsync(request, url, topic ?? "", cancellationToken), cancellationToken);
                break;
            case "feed remove":
                await context.RespondAsync(await _editor.RemoveAsync(request, url, topic ?? "", cancellationToken), cancellationToken);
                break;
            case "feed list":
                await context.RespondAsync(await _list.ListAsync(request, topic, cancellationToken), cancellationToken);
                break;
            case "feed pause":
                await context.RespondAsync(await _pause.PauseAsync(request, url, cancellationToken), cancellationToken);
                break;
            case "feed resume":
                await context.RespondAsync(await _pause.ResumeAsync(request, url, cancellationToken), cancellationToken);
                break;
            case "feed test":
                await TestAsync(context, request, url, cancellationToken);
                break;
            default:
                await context.RespondAsync("This /feed command is not available.", cancellationToken);
                break;
        }
    }

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        _autocomplete.ChoicesAsync(context, cancellationToken);

    private async Task TestAsync(InteractionContext context, FeedRequest request, string url, CancellationToken cancellationToken)
    {
        // Its own budget, apart from /quotes: each test fetches a feed and several pages.
        if (!_testLimit.TryAcquire("feed-test:" + request.UserId, out var retryAt))
        {
            await context.RespondAsync(
                $"You can test {_testsPerMinute} feeds a minute; try again {FeedStatusLine.When(retryAt.AddSeconds(1))}.", cancellationToken);
            return;
        }
        await context.DeferAsync(cancellationToken);
        foreach (var message in await _preview.PreviewAsync(url, cancellationToken))
            await context.RespondAsync(message, cancellationToken);
    }
}
