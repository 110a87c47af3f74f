using System.Diagnostics.Metrics;

namespace NewsBot.Engine.Metrics;

/// <summary>
/// The bot's own counters on the "NewsBot" meter, which Operations exports at /metrics (and over OTLP). The engine calls one
/// line per event, so the engine never knows about exporters.
/// </summary>
public sealed class NewsBotMetrics : IDisposable
{
    public const string MeterName = "NewsBot";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _feedsPolled;
    private readonly Counter<long> _feedsFailed;
    private readonly Counter<long> _articlesStored;
    private readonly Counter<long> _digestMessagesSent;
    private readonly Counter<long> _digestsSent;
    private readonly Histogram<double> _quoteTime;
    private volatile BacklogSample? _backlog;

    public NewsBotMetrics()
    {
        _feedsPolled = _meter.CreateCounter<long>("newsbot.feeds.polled", "{poll}", "Feed polls that succeeded (fetched or not modified).");
        _feedsFailed = _meter.CreateCounter<long>("newsbot.feeds.failed", "{poll}", "Feed polls that failed (fetch, parse, storage or deadline).");
        _articlesStored = _meter.CreateCounter<long>("newsbot.articles.stored", "{article}", "Articles stored from feeds, news and backfill.");
        _digestMessagesSent = _meter.CreateCounter<long>("newsbot.digest.messages.sent", "{message}", "Outbox messages Discord accepted.");
        _digestsSent = _meter.CreateCounter<long>("newsbot.digests.sent", "{digest}", "Scheduled digests whose last message Discord accepted.");
        _quoteTime = _meter.CreateHistogram<double>("newsbot.quotes.duration", "ms", "Time to find one article's quotes and speakers.");
        // Gauges are read from the latest sample (Operations takes one at each scrape): the engine never queries for them.
        _meter.CreateObservableGauge("newsbot.feeds.paused", () => Observe(b => b.PausedFeeds), "{feed}", "Feeds every follower has paused.");
        _meter.CreateObservableGauge("newsbot.outbox.depth", () => Observe(b => b.PendingMessages), "{message}", "Messages waiting in the outbox.");
        _meter.CreateObservableGauge(
            "newsbot.outbox.oldest.age", () => Observe(b => b.OldestPendingAge.TotalSeconds), "s", "Age of the oldest message waiting in the outbox (0 when none).");
    }

    public void FeedPolled(int articlesStored)
    {
        _feedsPolled.Add(1);
        if (articlesStored > 0)
            _articlesStored.Add(articlesStored);
    }

    public void FeedFailed() => _feedsFailed.Add(1);

    public void DigestMessageSent() => _digestMessagesSent.Add(1);

    public void DigestSent() => _digestsSent.Add(1);

    public void QuotesFound(TimeSpan elapsed) => _quoteTime.Record(elapsed.TotalMilliseconds);

    /// <summary>The latest paused-feed and outbox figures, for the gauges.</summary>
    public void Report(BacklogSample backlog) => _backlog = backlog;

    /// <summary>What the gauges show now; null before the first sample.</summary>
    public BacklogSample? Backlog => _backlog;

    private IEnumerable<Measurement<T>> Observe<T>(Func<BacklogSample, T> value) where T : struct =>
        _backlog is { } backlog ? [new Measurement<T>(value(backlog))] : [];

    /// <summary>The meter itself, so a listener can tell this instance's measurements from another's (tests run side by side).</summary>
    internal Meter Meter => _meter;

    public void Dispose() => _meter.Dispose();
}
