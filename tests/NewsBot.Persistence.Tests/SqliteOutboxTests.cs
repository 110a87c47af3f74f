using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteOutboxTests : IDisposable
{
    private const string Key = "harbour-news|2026-03-02T07:00Z";
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task CreateDigestAsync_NewKey_StoresMessagesInOrderUnsent()
    {
        var digest = await _test.Outbox().CreateDigestAsync(Key, Messages("n-1", "n-2"), TestContext.Current.CancellationToken);

        Assert.Equal(Key, digest.IdempotencyKey);
        Assert.Equal(_test.Clock.GetUtcNow(), digest.CreatedAt);
        Assert.Equal(["n-1", "n-2"], digest.Messages.Select(m => m.Message.Nonce));
        Assert.Equal([0, 1], digest.Messages.Select(m => m.Sequence));
        Assert.All(digest.Messages, m => Assert.Null(m.DiscordMessageId));
        Assert.Equal("{\"content\":\"part n-2\"}", digest.Messages[1].Message.PayloadJson);
    }

    [Fact]
    public async Task CreateDigestAsync_RepeatedKey_ReturnsExistingDigestAndIgnoresNewMessages()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _test.Outbox().CreateDigestAsync(Key, Messages("n-1", "n-2"), ct);
        _test.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await _test.Outbox().CreateDigestAsync(Key, Messages("n-9"), ct);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.CreatedAt, again.CreatedAt);
        Assert.Equal(first.Messages, again.Messages);
        Assert.Equal(2, (await _test.Outbox().PendingMessagesAsync(ct)).Count);
    }

    [Fact]
    public async Task PendingMessagesAsync_AfterCrashMidDigest_ListsOnlyUnsentInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var beforeCrash = _test.Outbox();
        var digest = await beforeCrash.CreateDigestAsync(Key, Messages("n-1", "n-2", "n-3"), ct);
        await beforeCrash.CreateDigestAsync("later-topic|2026-03-02T07:00Z", Messages("m-1"), ct);
        await beforeCrash.MarkSentAsync(digest.Messages[0].Id, "1200000000000000001", "100", ct);

        var pending = await _test.Outbox().PendingMessagesAsync(ct);

        Assert.Equal(["n-2", "n-3", "m-1"], pending.Select(m => m.Message.Nonce));
    }

    [Fact]
    public async Task MarkSentAsync_CalledTwice_KeepsFirstDiscordIdAndTime()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var message = (await outbox.CreateDigestAsync(Key, Messages("n-1"), ct)).Messages[0];
        var sentAt = _test.Clock.GetUtcNow();

        Assert.True(await outbox.MarkSentAsync(message.Id, "1200000000000000001", "100", ct));
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await _test.Outbox().MarkSentAsync(message.Id, "1200000000000000002", "100", ct));

        var stored = (await outbox.CreateDigestAsync(Key, [], ct)).Messages[0];
        Assert.Equal("1200000000000000001", stored.DiscordMessageId);
        Assert.Equal(sentAt, stored.SentAt);
        Assert.Empty(await outbox.PendingMessagesAsync(ct));
    }

    private static OutgoingMessage[] Messages(params string[] nonces) =>
        [.. nonces.Select(n => new OutgoingMessage("998877665544332211", n, $"{{\"content\":\"part {n}\"}}"))];
}
