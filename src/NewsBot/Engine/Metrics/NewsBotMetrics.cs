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

    public NewsBotMetrics()
    {
        _feedsPolled = _meter.CreateCounter<long>("newsbot.feeds.polled", "{poll}", "Feed polls that succeeded (fetched or not modified).");
        _feedsFailed = _meter.CreateCounter<long>("newsbot.feeds.failed", "{poll}", "Feed polls that failed (fetch, parse, storage or deadline).");
        _articlesStored = _meter.CreateCounter<long>("newsbot.articles.stored", "{article}", "Articles stored from feeds, news and backfill.");
        _digestMessagesSent = _meter.CreateCounter<long>("newsbot.digest.messages.sent", "{message}", "Outbox messages Discord accepted.");
    }

    public void FeedPolled(int articlesStored)
    {
        _feedsPolled.Add(1);
        if (articlesStored > 0)
            _articlesStored.Add(articlesStored);
    }

    public void FeedFailed() => _feedsFailed.Add(1);

    public void DigestMessageSent() => _digestMessagesSent.Add(1);

    public void Dispose() => _meter.Dispose();
}
