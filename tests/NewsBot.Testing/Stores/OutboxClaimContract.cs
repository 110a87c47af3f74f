using NewsBot.Core.Storage;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>
/// What every <see cref="IOutbox"/> promises to instances sharing one database: a destination's pending messages are
/// claimed by one of them at a time, a lease that ran out is claimed again, and a late receipt never makes a second send.
/// </summary>
public abstract class OutboxClaimContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>An outbox on the test's one database (a new object at each call, as another instance would have), on <paramref name="clock"/>.</summary>
    protected abstract IOutbox CreateOutbox(TimeProvider clock);

    [Fact]
    public async Task ClaimPendingAsync_TwoInstancesClaimingConcurrentlyInALoop_NeverGetTheSameMessageOrDestination()
    {
        var clock = new SteppedClock(Start);
        var (first, second) = (CreateOutbox(clock), CreateOutbox(clock));
        for (var round = 0; round < 12; round++)
        {
            foreach (var channel in new[] { "100", "101", "102", "103" })
                await first.CreateDigestAsync($"digest:{channel}:{round}", [new(channel, "a"), new(channel, "b")], Token);

            var claims = await Task.WhenAll(first.ClaimPendingAsync("one", Lease, Token), second.ClaimPendingAsync("two", Lease, Token));

            Assert.Empty(claims[0].Messages.Select(m => m.Id).Intersect(claims[1].Messages.Select(m => m.Id)));
            Assert.Empty(Destinations(claims[0]).Intersect(Destinations(claims[1])));
            // Each claimer sends one of its destinations; every third round all leases run out and are shared again.
            foreach (var (outbox, claim) in new[] { (first, claims[0]), (second, claims[1]) })
            {
                foreach (var message in claim.Messages.Where(m => m.Message.Destination == Destinations(claim).FirstOrDefault()))
                    Assert.True(await outbox.MarkSentAsync(message.Id, "receipt", Token));
            }
            if (round % 3 == 2)
                clock.Advance(Lease + TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task ClaimPendingAsync_LiveLeaseOfAnother_NotClaimedNotEvenItsDestinationsNewMessages()
    {
        var clock = new SteppedClock(Start);
        var (first, second) = (CreateOutbox(clock), CreateOutbox(clock));
        await first.CreateDigestAsync("digest:1", [new("100", "a")], Token);
        var held = await first.ClaimPendingAsync("one", Lease, Token);
        await first.CreateDigestAsync("digest:2", [new("100", "b"), new("200", "c")], Token);
        clock.Advance(Lease - TimeSpan.FromSeconds(1));

        var claim = await second.ClaimPendingAsync("two", Lease, Token);

        Assert.Equal(["a"], held.Messages.Select(m => m.Message.Payload));
        Assert.Equal(["c"], claim.Messages.Select(m => m.Message.Payload));
        Assert.Equal(Start + Lease, claim.HeldElsewhereUntil);
    }

    [Fact]
    public async Task ClaimPendingAsync_ExpiredLease_ClaimedAgainByAnotherAndNoLongerByTheFirst()
    {
        var clock = new SteppedClock(Start);
        var (first, second) = (CreateOutbox(clock), CreateOutbox(clock));
        await first.CreateDigestAsync("digest:1", [new("100", "a"), new("100", "b")], Token);
        await first.ClaimPendingAsync("one", Lease, Token);
        clock.Advance(Lease);

        var taken = await second.ClaimPendingAsync("two", Lease, Token);
        var firstAgain = await first.ClaimPendingAsync("one", Lease, Token);

        Assert.Equal(["a", "b"], taken.Messages.Select(m => m.Message.Payload));
        Assert.Equal((Start + Lease + Lease, (DateTimeOffset?)null), (taken.Until, taken.HeldElsewhereUntil));
        Assert.Empty(firstAgain.Messages);
        Assert.Equal(taken.Until, firstAgain.HeldElsewhereUntil);
    }

    [Fact]
    public async Task ClaimPendingAsync_OwnLiveLease_ClaimedAgainAndRenewed()
    {
        var clock = new SteppedClock(Start);
        var outbox = CreateOutbox(clock);
        await outbox.CreateDigestAsync("digest:1", [new("100", "a")], Token);
        await outbox.ClaimPendingAsync("one", Lease, Token);
        clock.Advance(TimeSpan.FromSeconds(5));

        var again = await outbox.ClaimPendingAsync("one", Lease, Token);

        Assert.Equal(["a"], again.Messages.Select(m => m.Message.Payload));
        Assert.Equal(clock.GetUtcNow() + Lease, again.Until);
    }

    [Fact]
    public async Task MarkSentAsync_StaleClaimerAfterAnotherSent_FirstReceiptKeptAndNothingLeftToSend()
    {
        var clock = new SteppedClock(Start);
        var (stale, taker) = (CreateOutbox(clock), CreateOutbox(clock));
        var digest = await stale.CreateDigestAsync("digest:1", [new("100", "a")], Token);
        await stale.ClaimPendingAsync("one", Lease, Token);
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await taker.ClaimPendingAsync("two", Lease, Token);

        var takerMarked = await taker.MarkSentAsync(digest.Messages[0].Id, "receipt-two", Token);
        var staleMarked = await stale.MarkSentAsync(digest.Messages[0].Id, "receipt-one", Token);

        Assert.Equal((true, false), (takerMarked, staleMarked));
        Assert.Equal("receipt-two", (await taker.DigestMessagesAsync(digest.Id, Token))[0].Receipt);
        Assert.Empty((await stale.ClaimPendingAsync("one", Lease, Token)).Messages);
    }

    [Fact]
    public async Task MarkSentAsync_StaleClaimerSentBeforeTheTaker_ReceiptKeptAndTheTakerHasNothingToSendAgain()
    {
        var clock = new SteppedClock(Start);
        var (stale, taker) = (CreateOutbox(clock), CreateOutbox(clock));
        var digest = await stale.CreateDigestAsync("digest:1", [new("100", "a"), new("100", "b")], Token);
        await stale.ClaimPendingAsync("one", Lease, Token);
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await taker.ClaimPendingAsync("two", Lease, Token);

        // The stale claimer's send was accepted by Discord before its lease was taken: its receipt is the truth.
        var staleMarked = await stale.MarkSentAsync(digest.Messages[0].Id, "receipt-one", Token);
        var takerAgain = await taker.ClaimPendingAsync("two", Lease, Token);

        Assert.True(staleMarked);
        Assert.Equal(["b"], takerAgain.Messages.Select(m => m.Message.Payload));
        Assert.False(await taker.MarkSentAsync(digest.Messages[0].Id, "receipt-two", Token));
    }

    [Fact]
    public async Task ExtendClaimAsync_OwnLease_KeepsTheDestinationPastTheFirstLease()
    {
        var clock = new SteppedClock(Start);
        var (first, second) = (CreateOutbox(clock), CreateOutbox(clock));
        await first.CreateDigestAsync("digest:1", [new("100", "a")], Token);
        await first.ClaimPendingAsync("one", Lease, Token);
        clock.Advance(TimeSpan.FromSeconds(15));

        var extended = await first.ExtendClaimAsync("one", "100", Lease, Token);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(Start + TimeSpan.FromSeconds(15) + Lease, extended);
        Assert.Empty((await second.ClaimPendingAsync("two", Lease, Token)).Messages);
    }

    [Fact]
    public async Task ExtendClaimAsync_AfterAnotherTookTheDestination_ReturnsNull()
    {
        var clock = new SteppedClock(Start);
        var (first, second) = (CreateOutbox(clock), CreateOutbox(clock));
        await first.CreateDigestAsync("digest:1", [new("100", "a")], Token);
        await first.ClaimPendingAsync("one", Lease, Token);
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await second.ClaimPendingAsync("two", Lease, Token);

        Assert.Null(await first.ExtendClaimAsync("one", "100", Lease, Token));
    }

    private static HashSet<string> Destinations(OutboxClaim claim) =>
        [.. claim.Messages.Select(m => m.Message.Destination)];
}
