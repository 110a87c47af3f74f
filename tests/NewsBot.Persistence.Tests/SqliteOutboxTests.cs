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

    [Fact]
    public async Task CreateDigestAsync_ForumDigest_RoundTripsThreadName()
    {
        var ct = TestContext.Current.CancellationToken;
        OutgoingMessage[] messages = [.. Messages("n-1", "n-2").Select(m => m with { ThreadName = "Harbour News – 2 March" })];

        var digest = await _test.Outbox().CreateDigestAsync(Key, messages, ct);

        Assert.Equal(messages, digest.Messages.Select(m => m.Message));
        Assert.Equal(messages, (await _test.Outbox().PendingMessagesAsync(ct)).Select(m => m.Message));
        Assert.Null((await _test.Outbox().CreateDigestAsync("plain|2026-03-02", Messages("p-1"), ct)).Messages[0].Message.ThreadName);
    }

    [Fact]
    public async Task MarkSentAsync_IntoForumThread_RecordsPostedChannel()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2"), ct);

        await outbox.MarkSentAsync(digest.Messages[0].Id, "1200000000000000001", "1300000000000000001", ct);

        var messages = await _test.Outbox().DigestMessagesAsync(digest.Id, ct);
        Assert.Equal(["1300000000000000001", null], messages.Select(m => m.PostedChannelId));
        Assert.Equal(["1200000000000000001", null], messages.Select(m => m.DiscordMessageId));
        Assert.Equal(_test.Clock.GetUtcNow(), messages[0].SentAt);
    }

    [Fact]
    public async Task MarkFailedAsync_MiddleMessage_GivesUpOnItAndTheRestOfItsDigestOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2", "n-3"), ct);
        await outbox.CreateDigestAsync("later-topic|2026-03-02T07:00Z", Messages("m-1"), ct);
        await outbox.MarkSentAsync(digest.Messages[0].Id, "1200000000000000001", "100", ct);

        await _test.Outbox().MarkFailedAsync(digest.Messages[1].Id, "Missing Access (50001)", ct);

        Assert.Equal(["m-1"], (await outbox.PendingMessagesAsync(ct)).Select(m => m.Message.Nonce));
        Assert.Equal("Missing Access (50001)", await FailedReasonAsync(digest.Messages[1].Id));
        Assert.Contains("Missing Access (50001)", await FailedReasonAsync(digest.Messages[2].Id), StringComparison.Ordinal);
        Assert.Null(await FailedReasonAsync(digest.Messages[0].Id));
        Assert.Equal("1200000000000000001", (await outbox.DigestMessagesAsync(digest.Id, ct))[0].DiscordMessageId);
    }

    [Fact]
    public async Task MarkFailedAsync_LastMessage_LeavesEarlierUnsentMessagesPending()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2", "n-3"), ct);

        await outbox.MarkFailedAsync(digest.Messages[2].Id, "Invalid Form Body (50035)", ct);

        Assert.Equal(["n-1", "n-2"], (await outbox.PendingMessagesAsync(ct)).Select(m => m.Message.Nonce));
    }

    [Fact]
    public async Task MarkFailedAsync_CalledAgain_KeepsFirstReason()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var message = (await outbox.CreateDigestAsync(Key, Messages("n-1"), ct)).Messages[0];

        await outbox.MarkFailedAsync(message.Id, "Unknown Channel (10003)", ct);
        await outbox.MarkFailedAsync(message.Id, "Missing Access (50001)", ct);

        Assert.Equal("Unknown Channel (10003)", await FailedReasonAsync(message.Id));
    }

    [Fact]
    public async Task DigestMessagesAsync_SentFailedAndUnknownDigests_ReturnsEveryMessageOfThatDigestInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2", "n-3"), ct);
        await outbox.CreateDigestAsync("later-topic|2026-03-02T07:00Z", Messages("m-1"), ct);
        await outbox.MarkSentAsync(digest.Messages[0].Id, "1200000000000000001", "100", ct);
        await outbox.MarkFailedAsync(digest.Messages[2].Id, "Invalid Form Body (50035)", ct);

        var messages = await _test.Outbox().DigestMessagesAsync(digest.Id, ct);

        Assert.Equal(["n-1", "n-2", "n-3"], messages.Select(m => m.Message.Nonce));
        Assert.Equal([0, 1, 2], messages.Select(m => m.Sequence));
        Assert.Empty(await outbox.DigestMessagesAsync(digest.Id + 100, ct));
    }

    /// <summary>The port does not read the reason back; it is kept for people inspecting the database.</summary>
    private async Task<string?> FailedReasonAsync(long messageId) =>
        await _test.ScalarAsync($"SELECT failed_reason FROM outbox_messages WHERE id = {messageId};", TestContext.Current.CancellationToken) as string;

    private static OutgoingMessage[] Messages(params string[] nonces) =>
        [.. nonces.Select(n => new OutgoingMessage("998877665544332211", n, $"{{\"content\":\"part {n}\"}}"))];
}
