using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Storage;
using NewsBot.Engine.Metrics;

namespace NewsBot.Operations;

/// <summary>
/// Reads the paused feeds and the outbox for the gauges: before each /metrics scrape, and every 15 s for OTLP. The engine
/// only counts; figures that need a query are taken here, where someone asks for them.
/// </summary>
internal sealed class BacklogSampler(IServiceProvider bot, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        try
        {
            var subscriptions = await bot.GetRequiredService<IFeedSubscriptionStore>().ListAsync(null, cancellationToken);
            var paused = subscriptions.GroupBy(s => s.FeedUrl, StringComparer.Ordinal).Count(FeedSubscription.AllPaused);
            var pending = await bot.GetRequiredService<IOutbox>().PendingMessagesAsync(cancellationToken);
            var oldest = pending.Count == 0 ? TimeSpan.Zero : time.GetUtcNow() - pending.Min(m => m.QueuedAt);
            bot.GetRequiredService<NewsBotMetrics>().Report(new BacklogSample(paused, pending.Count, oldest));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database not there yet, unwritable or gone: the gauges keep their last figures, /readyz says why, and the
            // bot's own start-up reports it. A sampler must never be what stops the health endpoints.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            // Not at once: the bot's own start-up creates and migrates the database, and reports it when it cannot.
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await SampleAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
