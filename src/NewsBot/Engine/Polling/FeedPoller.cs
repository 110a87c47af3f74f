using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;
using NewsBot.Engine.Metrics;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine.Polling;

/// <summary>
/// Polls one feed: a conditional GET with the saved validators, the new items stored, and the feed's state saved
/// (next poll, backoff after failures). After too many failures in a row every server's active subscription is paused,
/// with one notice per channel of that server; a subscription a moderator paused stays as it was.
/// </summary>
public sealed class FeedPoller(
    IWebFetcher fetcher,
    FeedParser parser,
    SitemapFollower sitemaps,
    IFeedStateStore states,
    IFeedSubscriptionStore subscriptions,
    FeedItemIngester ingester,
    IFeedPauseNotices notices,
    IOptions<PollingOptions> options,
    IOptions<RetentionOptions> retention,
    TimeProvider time,
    ILogger<FeedPoller> logger,
    NewsBotMetrics? metrics = null)
{
    private const int MaxReasonLength = 500;

    public async Task<FeedPollResult> PollAsync(string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedUrl);
        var state = await states.GetAsync(feedUrl, cancellationToken) ?? new FeedState { FeedUrl = feedUrl };
        if (FeedSubscription.AllPaused(await subscriptions.ListAsync(feedUrl, cancellationToken)))
            return new FeedPollResult(0, 0, NotModified: false, Paused: true, state.NextPollAt, state.LastError);

        var startedAt = time.GetUtcNow();
        var limit = TimeSpan.FromMinutes(options.Value.PollDeadlineMinutes);
        using var deadline = new CancellationTokenSource(limit, time);
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        FetchedResource fetched;
        Feed? feed = null;
        try
        {
            fetched = await fetcher.FetchAsync(FeedUri(feedUrl), new ConditionalRequest(state.ETag, state.LastModified), poll.Token);
            if (!fetched.NotModified)
                feed = await sitemaps.ResolveAsync(Parse(feedUrl, fetched), ChildrenReadSince(state), poll.Token);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException or SourceException)
        {
            return await FailAsync(state, OneLine(e.Message), cancellationToken);
        }
        catch (Exception e) when (IsUnexpected(e, cancellationToken))
        {
            if (!deadline.IsCancellationRequested)
                logger.LogWarning(e, "{Feed}: fetching or parsing failed unexpectedly", LoggableUrl.For(feedUrl));
            return await FailAsync(state, Reason(e, deadline, limit), cancellationToken);
        }

        int added, backfilled;
        try
        {
            (added, backfilled) = feed is null
                ? (0, 0)
                : await ingester.IngestAsync(
                    feedUrl, feed, fetched.FinalUri, BackfillCutoff(state, startedAt), poll.Token, startedAt - TimeSpan.FromDays(retention.Value.SeenItemDays));
        }
        catch (Exception e) when (IsUnexpected(e, cancellationToken))
        {
            // Pages fail alone (their story falls back to the excerpt); what reaches here is the feed's failure.
            if (!deadline.IsCancellationRequested)
                logger.LogWarning(e, "{Feed}: storing the items failed unexpectedly", LoggableUrl.For(feedUrl));
            return await FailAsync(state, Reason(e, deadline, limit), cancellationToken);
        }
        var now = time.GetUtcNow();
        var next = now + options.Value.Interval;
        await states.SaveAsync(state with
        {
            // A 304 may omit the validators it confirms; a 200 replaces them, even with none.
            ETag = fetched.NotModified ? fetched.ETag ?? state.ETag : fetched.ETag,
            LastModified = fetched.NotModified ? fetched.LastModified ?? state.LastModified : fetched.LastModified,
            ConsecutiveFailures = 0,
            LastError = null,
            LastFetchedAt = now,
            LastSuccessAt = now,
            NextPollAt = next,
        }, cancellationToken);
        metrics?.FeedPolled(added + backfilled);
        logger.LogInformation("{Feed}: {Outcome}, {New} new, {Backfilled} backfilled",
            LoggableUrl.For(feedUrl), feed is null ? "not modified" : "fetched", added, backfilled);
        return new FeedPollResult(added, backfilled, NotModified: feed is null, Paused: false, next, Error: null);
    }

    private Feed Parse(string feedUrl, FetchedResource fetched)
    {
        // The body's pooled segments go back once it is parsed (the feed holds strings only): left to the collector,
        // each poll lost a 64 KB segment to the garbage (issue 17's allocation profile).
        using var body = fetched.Content;
        var feed = parser.Parse(body, fetched.FinalUri, fetched.Charset, fetched.ContentLanguage);
        foreach (var warning in feed.Warnings)
            logger.LogDebug("{Feed}: {Warning}", LoggableUrl.For(feedUrl), warning);
        return feed;
    }

    /// <summary>
    /// A sitemap index's children changed before the last successful poll started were read then: that poll ended at
    /// <see cref="FeedState.LastSuccessAt"/> and lasted at most the deadline, which also absorbs a few minutes of clock skew.
    /// </summary>
    private DateTimeOffset? ChildrenReadSince(FeedState state) =>
        state.LastSuccessAt - TimeSpan.FromMinutes(options.Value.PollDeadlineMinutes);

    /// <summary>Only a feed's first successful poll backfills; every later item is news.</summary>
    private DateTimeOffset? BackfillCutoff(FeedState state, DateTimeOffset now) =>
        state.LastSuccessAt is null ? now - TimeSpan.FromHours(options.Value.BackfillHours) : null;

    private async Task<FeedPollResult> FailAsync(FeedState state, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        metrics?.FeedFailed();
        var settings = options.Value;
        var next = now + FeedBackoff.Delay(failures, settings.Interval, TimeSpan.FromMinutes(settings.MaxBackoffMinutes));
        logger.LogWarning("{Feed}: poll failed {Failures} time(s) in a row: {Reason}", LoggableUrl.For(state.FeedUrl), failures, reason);
        await states.SaveAsync(state with
        {
            ConsecutiveFailures = failures,
            LastError = reason,
            LastFetchedAt = now,
            NextPollAt = next,
        }, cancellationToken);
        var paused = failures >= settings.FailuresBeforePause && await PauseSubscriptionsAsync(state.FeedUrl, reason, failures, now, cancellationToken);
        return new FeedPollResult(0, 0, NotModified: false, Paused: paused, next, reason);
    }

    /// <summary>Pauses every server's active subscription, each told in its own channels; true when nobody follows the feed actively any more.</summary>
    private async Task<bool> PauseSubscriptionsAsync(string feedUrl, string reason, int failures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var following = await subscriptions.ListAsync(feedUrl, cancellationToken);
        var active = following.Where(s => !s.IsPaused).Select(s => s.GuildId).ToList();
        if (active.Count == 0)
            return FeedSubscription.AllPaused(following);
        // The notices go first: should a pause fail to be saved, the next failure pauses again rather than silently.
        await notices.WriteAsync(feedUrl, active, reason, failures, now, cancellationToken);
        foreach (var guild in active)
            await subscriptions.PauseAsync(guild, feedUrl, new FeedPause(now, reason, By: null), cancellationToken);
        return FeedSubscription.AllPaused(await subscriptions.ListAsync(feedUrl, cancellationToken));
    }

    private static string Reason(Exception e, CancellationTokenSource deadline, TimeSpan limit) =>
        deadline.IsCancellationRequested
            ? $"the poll did not finish within {limit.TotalMinutes:0.#} minute(s) (Polling:PollDeadlineMinutes)"
            : OneLine(e.Message);

    /// <summary>Anything but the caller's own cancellation: a bug or an I/O error must be recorded, not thrown out of the job.</summary>
    private static bool IsUnexpected(Exception e, CancellationToken cancellationToken) =>
        !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static Uri FeedUri(string feedUrl) =>
        Uri.TryCreate(feedUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new SourceException(feedUrl, "not an http or https URL");

    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= MaxReasonLength ? line : line[..(MaxReasonLength - 1)] + "…";
    }
}
