using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Engine.Delivery;
using NewsBot.Presentation;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Presentation;

namespace NewsBot.Tests.Engine.Delivery;

public sealed class OutboxDispatcherTests
{
    private const string NoPermissionChannel = "403";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static List<FakeRequest> MessagePosts(PublishingHarness harness) =>
        [.. harness.Posts.Where(r => r.Path.EndsWith("/messages", StringComparison.Ordinal))];

    [Fact]
    public async Task DispatchPendingAsync_TwoDigests_SentInOrderWithNonceAndEnforceNonce()
    {
        await using var harness = await PublishingHarness.StartAsync();
        await harness.QueueDigestAsync("digest:1:1000", PublishingHarness.TextChannel, stories: 25);
        await harness.QueueDigestAsync("digest:2:1000", PublishingHarness.TextChannel, stories: 1);

        var report = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(4, 0, false), report);
        var bodies = MessagePosts(harness).Select(PublishingHarness.Body).ToList();
        string[] expected = [MessageNonce.For("digest:1:1000", 0), MessageNonce.For("digest:1:1000", 1), MessageNonce.For("digest:1:1000", 2), MessageNonce.For("digest:2:1000", 0)];
        Assert.Equal(expected, bodies.Select(b => b["nonce"]!.GetValue<string>()));
        Assert.All(bodies, b => Assert.True(b["enforce_nonce"]!.GetValue<bool>()));
        Assert.All(bodies, b => Assert.Empty(b["allowed_mentions"]!["parse"]!.AsArray()));
        Assert.Equal(0, harness.Fake.Count(400));
        Assert.Equal([10, 10, 5, 1], harness.Fake.State.Messages.Select(m => m.Body["embeds"]!.AsArray().Count));
        Assert.All(harness.Outbox.All, m => Assert.Equal(PublishingHarness.TextChannel, PublishingHarness.LandedIn(m)));
    }

    [Fact]
    public async Task DispatchPendingAsync_ChannelWithoutPermission_DigestFailedAndNextDigestStillSent()
    {
        await using var harness = await PublishingHarness.StartAsync();
        harness.Fake.State.Channels[NoPermissionChannel] = FakeChannelKind.NoPermission;
        var refused = await harness.QueueDigestAsync("digest:1:1000", NoPermissionChannel, stories: 12);
        await harness.QueueDigestAsync("digest:2:1000", PublishingHarness.TextChannel, stories: 1);

        var report = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(1, 1, false), report);
        Assert.Equal(refused.Messages.Select(m => m.Id), harness.Outbox.Failures.Keys.Order());
        Assert.All(harness.Outbox.Failures.Values, reason => Assert.Contains("50013", reason, StringComparison.Ordinal));
        Assert.Single(harness.Fake.Requests, r => r.Path.Contains($"/channels/{NoPermissionChannel}/", StringComparison.Ordinal));
        Assert.Single(harness.Logs.At(LogLevel.Error));
        Assert.Empty(await harness.Outbox.PendingMessagesAsync(Token));
    }

    [Fact]
    public async Task DispatchPendingAsync_BadGateway_StaysPendingThenSentOnNextCall()
    {
        await using var harness = await PublishingHarness.StartAsync();
        await harness.QueueDigestAsync("digest:1:1000", PublishingHarness.TextChannel, stories: 12);
        // The client retries a 502 three times before giving the error back.
        harness.Fake.Inject("/channels/100/messages", [.. Enumerable.Repeat(FakeFailure.ServerError(502), 4)]);

        var interrupted = await harness.Dispatcher.DispatchPendingAsync(Token);
        var pending = await harness.Outbox.PendingMessagesAsync(Token);
        harness.Clock.Advance(new DeliveryOptions().RetryDelay(1));
        var resumed = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(0, 0, true), interrupted);
        Assert.Equal(2, pending.Count);
        Assert.Equal(new DispatchReport(2, 0, false), resumed);
        Assert.Empty(harness.Outbox.Failures);
        Assert.Equal(2, harness.Fake.State.Messages.Count);
    }

    [Fact]
    public async Task DispatchPendingAsync_TwoConcurrentCalls_EachMessageSentOnce()
    {
        await using var harness = await PublishingHarness.StartAsync();
        for (var digest = 1; digest <= 3; digest++)
            await harness.QueueDigestAsync($"digest:{digest}:1000", PublishingHarness.TextChannel, stories: 12);

        var reports = await Task.WhenAll(harness.Dispatcher.DispatchPendingAsync(Token), harness.Dispatcher.DispatchPendingAsync(Token));

        Assert.Equal(6, reports.Sum(r => r.Sent));
        Assert.Equal(6, MessagePosts(harness).Count);
        Assert.Equal(6, MessagePosts(harness).Select(r => PublishingHarness.Body(r)["nonce"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(6, harness.Fake.State.Messages.Count);
    }

    [Fact]
    public async Task DispatchPendingAsync_ForumDigestInterruptedAfterThread_LaterMessageGoesIntoRecordedThread()
    {
        await using var harness = await PublishingHarness.StartAsync();
        await harness.QueueDigestAsync("digest:1:1000", PublishingHarness.ForumChannel, stories: 12, threadName: "Harbour · 30 Nov 2026");
        harness.Fake.Inject("/messages", [.. Enumerable.Repeat(FakeFailure.ServerError(502), 4)]);

        var interrupted = await harness.Dispatcher.DispatchPendingAsync(Token);
        harness.Clock.Advance(new DeliveryOptions().RetryDelay(1));
        var resumed = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(1, 0, true), interrupted);
        Assert.Equal(new DispatchReport(1, 0, false), resumed);
        Assert.Single(harness.Posts, r => r.Path.EndsWith("/threads", StringComparison.Ordinal));
        var threadId = PublishingHarness.LandedIn(harness.Outbox.All[0]);
        Assert.Equal([threadId, threadId], harness.Outbox.All.Select(PublishingHarness.LandedIn));
        Assert.Equal([threadId, threadId], harness.Fake.State.Messages.Select(m => m.ChannelId));
    }

    [Fact]
    public async Task DispatchPendingAsync_UnreadableStoredBody_FailedWithoutAnyRequest()
    {
        await using var harness = await PublishingHarness.StartAsync();
        await harness.Outbox.CreateDigestAsync("digest:1:1000", [new OutgoingMessage(PublishingHarness.TextChannel, "not json")], Token);

        var report = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(0, 1, false), report);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task DispatchPendingAsync_NoticeQueuedForAForumWithoutThreadName_PostedAsItsOwnThread()
    {
        await using var harness = await PublishingHarness.StartAsync();
        const string key = "feed-paused:https://courier.example/rss:1000:200";
        var notice = new Discord.Models.MessagePayload { Content = "⏸ Paused feed ‹https://courier.example/rss>: HTTP 503" };
        await harness.Outbox.CreateDigestAsync(key, [QueuedMessage.Queue(PublishingHarness.ForumChannel, key, 0, notice)], Token);

        var report = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(1, 0, false), report);
        var thread = Assert.Single(harness.Posts, r => r.Path.EndsWith("/threads", StringComparison.Ordinal));
        Assert.StartsWith("⏸ Paused feed", PublishingHarness.Body(thread)["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await harness.Outbox.PendingMessagesAsync(Token));
    }

    [Fact]
    public async Task DispatchPendingAsync_ChannelAnswering500_OtherChannelsDeliveredAndItGivesUpAfterTheAttemptCap()
    {
        const string failing = "300";
        await using var harness = await PublishingHarness.StartAsync(delivery: new DeliveryOptions { MaxAttempts = 3 });
        harness.Fake.State.Channels[failing] = FakeChannelKind.Text;
        harness.Fake.Inject($"/channels/{failing}/messages", [.. Enumerable.Repeat(FakeFailure.ServerError(500, json: true), 50)]);
        var stuck = await harness.QueueDigestAsync("digest:1:1000", failing, stories: 12);
        await harness.QueueDigestAsync("digest:2:1000", PublishingHarness.TextChannel, stories: 1);

        var first = await harness.Dispatcher.DispatchPendingAsync(Token);
        var tooEarly = await harness.Dispatcher.DispatchPendingAsync(Token);
        var attemptsBeforeCap = harness.Fake.Requests.Count(r => r.Path.Contains($"/channels/{failing}/", StringComparison.Ordinal));
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            harness.Clock.Advance(new DeliveryOptions().RetryDelay(attempt));
            await harness.Dispatcher.DispatchPendingAsync(Token);
        }

        Assert.Equal(new DispatchReport(1, 0, true), first);
        Assert.Equal(new DispatchReport(0, 0, true), tooEarly);
        Assert.Equal(1, attemptsBeforeCap);
        Assert.Single(harness.Fake.State.Messages, m => m.ChannelId == PublishingHarness.TextChannel);
        Assert.Equal(3, harness.Fake.Requests.Count(r => r.Path == $"/api/v10/channels/{failing}/messages" && r.Status == 500));
        Assert.Equal(stuck.Messages.Select(m => m.Id), harness.Outbox.Failures.Keys.Order());
        Assert.Single(harness.Logs.At(LogLevel.Error), l => l.Contains("given up after 3 failed attempts", StringComparison.Ordinal));
        var notice = Assert.Single(await harness.Outbox.PendingMessagesAsync(Token));
        Assert.Equal(failing, notice.Message.Destination);
        Assert.Contains("could not be posted after 3 attempts", QueuedMessage.Read(notice.Message.Payload).Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchPendingAsync_FailingChannelRecovers_NoticeNeverSentAndDigestDeliveredInOrder()
    {
        const string failing = "300";
        await using var harness = await PublishingHarness.StartAsync();
        harness.Fake.State.Channels[failing] = FakeChannelKind.Text;
        harness.Fake.Inject($"/channels/{failing}/messages", FakeFailure.ServerError(500, json: true));
        await harness.QueueDigestAsync("digest:1:1000", failing, stories: 12);

        await harness.Dispatcher.DispatchPendingAsync(Token);
        harness.Clock.Advance(new DeliveryOptions().RetryDelay(1));
        var resumed = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(2, 0, false), resumed);
        Assert.Equal(2, harness.Fake.State.Messages.Count(m => m.ChannelId == failing));
        Assert.DoesNotContain(harness.Logs.At(LogLevel.Error), l => l.Contains("given up", StringComparison.Ordinal));
        Assert.Equal(1, harness.Outbox.DigestCount);
    }

    [Fact]
    public async Task DispatchPendingAsync_DigestOlderThanTheAgeCap_GivenUpAtItsNextFailure()
    {
        const string failing = "300";
        await using var harness = await PublishingHarness.StartAsync(delivery: new DeliveryOptions { MaxAgeHours = 2 });
        harness.Fake.State.Channels[failing] = FakeChannelKind.Text;
        harness.Fake.Inject($"/channels/{failing}/messages", [.. Enumerable.Repeat(FakeFailure.ServerError(500, json: true), 5)]);
        await harness.QueueDigestAsync("digest:1:1000", failing, stories: 1);

        await harness.Dispatcher.DispatchPendingAsync(Token);
        harness.Clock.Advance(TimeSpan.FromHours(2));
        var late = await harness.Dispatcher.DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(0, 1, false), late);
        Assert.Single(harness.Logs.At(LogLevel.Error), l => l.Contains("given up after 2 failed attempts", StringComparison.Ordinal));
    }
}
