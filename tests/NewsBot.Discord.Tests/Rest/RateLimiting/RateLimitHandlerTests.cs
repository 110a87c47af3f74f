using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Models;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest.RateLimiting;

/// <summary>
/// The rate limiter against the fake's real enforcement. Waits run on a <see cref="WarpingTimeProvider"/> shared by client
/// and fake, so a 2-second window passes instantly while both still see the same order of events.
/// </summary>
public sealed class RateLimitHandlerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static FakeDiscordOptions SmallBuckets => new()
    {
        Buckets = new Dictionary<string, FakeBucketLimit> { [FakeBuckets.ChannelMessages] = new(5, TimeSpan.FromSeconds(2)) },
    };

    [Fact]
    public async Task CreateMessage_200MessagesFrom8TasksThroughABucketOf5Per2Seconds_NoTooManyRequests()
    {
        await using var harness = await DiscordHarness.StartAsync(SmallBuckets, new WarpingTimeProvider());
        var channels = harness.Rest.Channels;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
                (await channels.CreateMessageAsync("100", new MessagePayload { Content = $"story {worker}-{i}" }, Token)).GetValueOrThrow();
        }, Token)));

        Assert.Equal(0, harness.Fake.Count(429));
        Assert.False(harness.Fake.BanThresholdExceeded);
        Assert.Equal(200, harness.Fake.State.Messages.Count);
        Assert.Equal(200, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task CreateAndEdit_RoutesSharingOneBucketHeader_AreLimitedTogetherWithoutTooManyRequests()
    {
        await using var harness = await DiscordHarness.StartAsync(SmallBuckets, new WarpingTimeProvider());
        var channels = harness.Rest.Channels;
        // One call per route teaches the client that both answer with the same X-RateLimit-Bucket.
        var first = (await channels.CreateMessageAsync("100", new MessagePayload { Content = "first" }, Token)).GetValueOrThrow();
        (await channels.EditMessageAsync("100", first.Id, new MessagePayload { Content = "first, edited" }, Token)).GetValueOrThrow();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var result = worker % 2 == 0
                    ? (await channels.CreateMessageAsync("100", new MessagePayload { Content = "new" }, Token)).Error
                    : (await channels.EditMessageAsync("100", first.Id, new MessagePayload { Content = $"edit {i}" }, Token)).Error;
                Assert.Null(result);
            }
        }, Token)));

        Assert.Equal(0, harness.Fake.Count(429));
        Assert.Equal(62, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task CreateMessage_300MessagesAcross60Channels_StayUnderTheGlobalLimit()
    {
        var options = new FakeDiscordOptions { GlobalLimitPerSecond = 50 };
        await using var harness = await DiscordHarness.StartAsync(options, new WarpingTimeProvider());
        foreach (var id in Enumerable.Range(1000, 60))
            harness.Fake.State.Channels[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = FakeChannelKind.Text;

        await Task.WhenAll(Enumerable.Range(1000, 60).Select(channel => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
                (await harness.Rest.Channels.CreateMessageAsync(channel.ToString(System.Globalization.CultureInfo.InvariantCulture), new MessagePayload { Content = "x" }, Token)).GetValueOrThrow();
        }, Token)));

        Assert.Equal(0, harness.Fake.Count(429));
        Assert.Equal(300, harness.Fake.State.Messages.Count);
    }

    [Fact]
    public async Task CreateMessage_Injected429_WaitsRetryAfterThenSendsExactlyOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider());
        harness.Fake.Inject("/channels/100/messages", FakeFailure.TooManyRequests(1.5));

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "once" }, Token);

        Assert.True(result.IsSuccess);
        Assert.Single(harness.Fake.State.Messages);
        var requests = harness.Fake.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.5));
    }

    [Theory]
    [InlineData(1e12)]
    [InlineData(58 * 24 * 3600.0)]
    public async Task CreateMessage_RetryAfterAbsurdlyLarge_ClampedToAnHourThenSent(double retryAfter)
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider());
        harness.Fake.Inject("/channels/100/messages", FakeFailure.TooManyRequests(retryAfter));

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "once" }, Token);

        Assert.True(result.IsSuccess);
        var requests = harness.Fake.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        var waited = requests[1].At - requests[0].At;
        Assert.InRange(waited, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task CreateMessage_502Twice_RetriedWithBackoffAndSentOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider());
        harness.Fake.Inject("/messages", FakeFailure.ServerError(502), FakeFailure.ServerError(503, json: true));

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "after outage" }, Token);

        Assert.True(result.IsSuccess);
        Assert.Equal([502, 503, 200], harness.Fake.Requests.Select(r => r.Status));
        Assert.Single(harness.Fake.State.Messages);
    }

    [Fact]
    public async Task CreateMessage_DroppedConnection_RetriedAndSentOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider());
        harness.Fake.Inject("/messages", FakeFailure.Dropped());

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "after drop" }, Token);

        Assert.True(result.IsSuccess);
        Assert.Single(harness.Fake.State.Messages);
    }

    [Fact]
    public async Task CreateMessage_ReplyNeverComes_TimesOutRetriesAndSendsOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider(),
            configure: services => services.Configure<DiscordOptions>(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300)));
        harness.Fake.Inject("/messages", FakeFailure.Stalled());

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "after a stall" }, Token);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(2, harness.Fake.Requests.Count);
        Assert.Single(harness.Fake.State.Messages);
    }

    [Fact]
    public async Task CreateMessage_ServerErrorsPersist_GivesUpWithTheStatus()
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider());
        harness.Fake.Inject("/messages", [.. Enumerable.Repeat(FakeFailure.ServerError(504), 10)]);

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "never" }, Token);

        Assert.Equal(504, result.Error!.HttpStatus);
        Assert.Equal(4, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task CreateMessage_Other4xx_NeverRetried()
    {
        await using var harness = await DiscordHarness.StartAsync(time: new WarpingTimeProvider());
        harness.Fake.Inject("/messages", new FakeFailure { Status = 403 });

        var result = await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "x" }, Token);

        Assert.Equal(403, result.Error!.HttpStatus);
        Assert.Single(harness.Fake.Requests);
    }
}
