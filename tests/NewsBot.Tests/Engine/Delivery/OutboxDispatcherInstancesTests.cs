using NewsBot.Engine.Delivery;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Engine.Delivery;

/// <summary>Several instances dispatching one outbox: each destination is sent by one of them, and a dead one's work is taken over.</summary>
public sealed class OutboxDispatcherInstancesTests
{
    private const string OtherChannel = "101";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchPendingAsync_TwoInstancesAtOnce_EachMessagePostedOnceInOrderPerChannel()
    {
        await using var harness = await PublishingHarness.StartAsync();
        harness.Fake.State.Channels[OtherChannel] = FakeChannelKind.Text;
        for (var digest = 1; digest <= 3; digest++)
        {
            await harness.QueueDigestAsync($"digest:{digest}:1000", PublishingHarness.TextChannel, stories: 12);
            await harness.QueueDigestAsync($"digest:{digest}:2000", OtherChannel, stories: 12);
        }

        var reports = await Task.WhenAll(harness.AnotherInstance("one").DispatchPendingAsync(Token), harness.AnotherInstance("two").DispatchPendingAsync(Token));

        Assert.Equal(12, reports.Sum(r => r.Sent));
        Assert.Equal(12, harness.Fake.State.Messages.Count);
        Assert.Equal(0, harness.Fake.State.DuplicateNoncesAnswered);
        Assert.Empty(await harness.Outbox.PendingMessagesAsync(Token));
        foreach (var channel in new[] { PublishingHarness.TextChannel, OtherChannel })
        {
            var sentAt = harness.Outbox.All.Where(m => m.Message.Destination == channel).Select(m => m.Id).ToList();
            Assert.Equal(sentAt.Order(), sentAt);
        }
    }

    [Fact]
    public async Task DispatchPendingAsync_AnotherInstanceDiedAfterPosting_TakenOverWhenTheLeaseEndsAndNotPostedTwice()
    {
        await using var harness = await PublishingHarness.StartAsync();
        await harness.QueueDigestAsync("digest:1:1000", PublishingHarness.TextChannel, stories: 12);
        var dying = harness.AnotherInstance("dying", new CrashingOutbox(harness.Outbox));
        await Assert.ThrowsAsync<OperationCanceledException>(() => dying.DispatchPendingAsync(Token));
        var survivor = harness.AnotherInstance("survivor");

        var whileHeld = await survivor.DispatchPendingAsync(Token);
        harness.Clock.Advance(OutboxClaimant.Lease);
        var afterLease = await survivor.DispatchPendingAsync(Token);

        Assert.Equal((0, true, harness.Clock.GetUtcNow()), (whileHeld.Sent, whileHeld.Interrupted, whileHeld.HeldElsewhereUntil));
        Assert.Equal(new DispatchReport(2, 0, false), afterLease);
        // The dead instance's post is answered again for its nonce, not posted a second time.
        Assert.Equal(2, harness.Fake.State.Messages.Count);
        Assert.Equal(1, harness.Fake.State.DuplicateNoncesAnswered);
    }

    [Fact]
    public async Task DispatchPendingAsync_SendingLongerThanTheLease_RenewsItSoNoOtherInstanceTakesOver()
    {
        await using var harness = await PublishingHarness.StartAsync();
        await harness.QueueDigestAsync("digest:1:1000", PublishingHarness.TextChannel, stories: 50);
        var slow = new SlowOutbox(harness.Outbox, harness.Clock, TimeSpan.FromSeconds(8), otherClaimer: "other");

        var report = await harness.AnotherInstance("slow", slow).DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(5, 0, false), report);
        Assert.Equal(0, slow.TakenByTheOther);
        Assert.Equal(5, harness.Fake.State.Messages.Count);
    }
}
