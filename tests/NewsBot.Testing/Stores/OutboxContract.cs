using NewsBot.Core.Storage;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>
/// What every <see cref="IOutbox"/> promises, run against the SQLite outbox and the in-memory fake alike, so the fake
/// the engine tests use cannot drift from the store the bot uses.
/// </summary>
public abstract class OutboxContract
{
    private const string Key = "digest:7:1764489600000";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty outbox.</summary>
    protected abstract IOutbox CreateOutbox();

    [Fact]
    public async Task CreateDigestAsync_RepeatedKey_KeepsTheFirstDigest()
    {
        var outbox = CreateOutbox();
        var first = await outbox.CreateDigestAsync(Key, Messages("a", "b"), Token);

        var again = await outbox.CreateDigestAsync(Key, Messages("c"), Token);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(["a", "b"], again.Messages.Select(m => m.Message.Payload));
        Assert.Equal(2, (await outbox.PendingMessagesAsync(Token)).Count);
    }

    [Fact]
    public async Task PendingMessagesAsync_TwoDigests_OldestDigestFirstInMessageOrder()
    {
        var outbox = CreateOutbox();
        await outbox.CreateDigestAsync(Key, Messages("a", "b"), Token);
        await outbox.CreateDigestAsync("digest:8:1764489600000", Messages("c"), Token);

        var pending = await outbox.PendingMessagesAsync(Token);

        Assert.Equal(["a", "b", "c"], pending.Select(m => m.Message.Payload));
        Assert.Equal([0, 1, 0], pending.Select(m => m.Sequence));
    }

    [Fact]
    public async Task MarkSentAsync_Twice_RecordedOnceAndNoLongerPending()
    {
        var outbox = CreateOutbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("a", "b"), Token);
        var first = digest.Messages[0];

        var marked = await outbox.MarkSentAsync(first.Id, "receipt-1", Token);
        var again = await outbox.MarkSentAsync(first.Id, "receipt-2", Token);

        Assert.True(marked);
        Assert.False(again);
        Assert.Equal(["b"], (await outbox.PendingMessagesAsync(Token)).Select(m => m.Message.Payload));
        var sent = (await outbox.DigestMessagesAsync(digest.Id, Token))[0];
        Assert.Equal("receipt-1", sent.Receipt);
    }

    [Fact]
    public async Task MarkFailedAsync_FirstMessage_GivesUpTheRestOfItsDigestOnly()
    {
        var outbox = CreateOutbox();
        var failing = await outbox.CreateDigestAsync(Key, Messages("a", "b"), Token);
        await outbox.CreateDigestAsync("digest:8:1764489600000", Messages("c"), Token);

        await outbox.MarkFailedAsync(failing.Messages[0].Id, "Missing Access", Token);

        Assert.Equal(["c"], (await outbox.PendingMessagesAsync(Token)).Select(m => m.Message.Payload));
    }

    [Fact]
    public async Task MarkDroppedAsync_FirstMessage_TheRestOfItsDigestStaysPending()
    {
        var outbox = CreateOutbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("a", "b"), Token);

        await outbox.MarkDroppedAsync(digest.Messages[0].Id, "Missing Access", Token);

        Assert.Equal(["b"], (await outbox.PendingMessagesAsync(Token)).Select(m => m.Message.Payload));
    }

    [Fact]
    public async Task MarkAttemptFailedAsync_Twice_CountsAttemptsKeepsTheLastRetryTimeAndStaysPending()
    {
        var outbox = CreateOutbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("a"), Token);
        var retryAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        await outbox.MarkAttemptFailedAsync(digest.Messages[0].Id, "HTTP 500", retryAt.AddMinutes(-1), Token);
        await outbox.MarkAttemptFailedAsync(digest.Messages[0].Id, "HTTP 500", retryAt, Token);

        var pending = Assert.Single(await outbox.PendingMessagesAsync(Token));
        Assert.Equal((2, retryAt, digest.CreatedAt), (pending.Attempts, pending.RetryAt, pending.QueuedAt));
    }

    [Fact]
    public async Task SentSinceAsync_SentAndPendingToTwoDestinations_OnlyThatDestinationsSentMessages()
    {
        var outbox = CreateOutbox();
        var digest = await outbox.CreateDigestAsync(Key, [new("crosspost:100", "a"), new("crosspost:100", "b"), new("crosspost:100", "c"), new("100", "d")], Token);
        foreach (var message in digest.Messages.Where(m => m.Sequence != 1))
            await outbox.MarkSentAsync(message.Id, "receipt", Token);

        var sent = await outbox.SentSinceAsync("crosspost:100", DateTimeOffset.UnixEpoch, Token);
        var later = await outbox.SentSinceAsync("crosspost:100", new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero), Token);

        Assert.Equal(2, sent.Count);
        Assert.Empty(later);
    }

    /// <summary>Payloads are opaque to the store, so any text will do.</summary>
    private static List<OutgoingMessage> Messages(params string[] payloads) =>
        [.. payloads.Select(p => new OutgoingMessage("100", p))];
}
