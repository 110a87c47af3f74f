using System.Diagnostics.Metrics;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Metrics;
using NewsBot.Testing.FakeDiscord;
using static NewsBot.Tests.Engine.Digests.InventedArticles;

namespace NewsBot.Tests.Engine.Delivery;

/// <summary>Issue 15: a digest counts as sent when Discord accepts its last message, not when it is queued.</summary>
public sealed class DigestSentCountTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchPendingAsync_DigestHeldBackByBadGateway_CountedOnlyWhenItsLastMessageLands()
    {
        await using var harness = await PublishingHarness.StartAsync();
        using var sent = new DigestsSentListener(harness.Metrics);
        var topic = Topic();
        harness.Topics.Add(topic);
        harness.Articles.Add([.. new[] { "lighthouse", "bakery", "orchard", "tramway", "observatory", "aquarium", "vineyard", "brewery", "cathedral", "stadium", "museum", "glasshouse" }
            .Select((s, i) => Article($"The {s} reopens", $"Visitors returned to the {s}.", seen: Monday.AddMinutes(-60 + i)))]);
        // The client retries a 502 three times before giving the error back: the first message fails, the digest waits.
        harness.Fake.Inject("/channels/100/messages", [.. Enumerable.Repeat(FakeFailure.ServerError(502), 4)]);

        var queued = await harness.Publisher.PublishAsync(topic, Monday, Token);
        var countedWhenQueued = sent.Count;
        harness.Clock.Advance(new DeliveryOptions().RetryDelay(1));
        var resumed = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(PublishStatus.Queued, queued.Status);
        Assert.True(queued.Dispatch.Interrupted);
        Assert.Equal(0, countedWhenQueued);
        Assert.Equal(new DispatchReport(queued.Messages, 0, false), resumed);
        Assert.Equal(1, sent.Count);
    }

    /// <summary>Counts <c>newsbot.digests.sent</c> of one <see cref="NewsBotMetrics"/> instance (other tests run side by side).</summary>
    private sealed class DigestsSentListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public DigestsSentListener(NewsBotMetrics metrics)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == metrics.Meter && instrument.Name == "newsbot.digests.sent")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
