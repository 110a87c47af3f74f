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
        Assert.Equal(["n-1", "n-2"], digest.Messages.Select(m => m.Message.Payload));
        Assert.Equal([0, 1], digest.Messages.Select(m => m.Sequence));
        Assert.All(digest.Messages, m => Assert.Null(m.Receipt));
        Assert.Equal("998877665544332211", digest.Messages[1].Message.Destination);
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
        await beforeCrash.MarkSentAsync(digest.Messages[0].Id, "receipt-1", ct);

        var pending = await _test.Outbox().PendingMessagesAsync(ct);

        Assert.Equal(["n-2", "n-3", "m-1"], pending.Select(m => m.Message.Payload));
    }

    [Fact]
    public async Task MarkSentAsync_CalledTwice_KeepsFirstReceiptAndTime()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var message = (await outbox.CreateDigestAsync(Key, Messages("n-1"), ct)).Messages[0];
        var sentAt = _test.Clock.GetUtcNow();

        Assert.True(await outbox.MarkSentAsync(message.Id, "receipt-1", ct));
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await _test.Outbox().MarkSentAsync(message.Id, "receipt-2", ct));

        var stored = (await outbox.CreateDigestAsync(Key, [], ct)).Messages[0];
        Assert.Equal("receipt-1", stored.Receipt);
        Assert.Equal(sentAt, stored.SentAt);
        Assert.Empty(await outbox.PendingMessagesAsync(ct));
    }

    [Fact]
    public async Task CreateDigestAsync_AnyPayloadText_RoundTripsUnread()
    {
        var ct = TestContext.Current.CancellationToken;
        OutgoingMessage[] messages = [new("998877665544332211", "{\"thread_name\":\"Harbour News – 2 March\"}"), new("42", "not json at all\n\u0001")];

        var digest = await _test.Outbox().CreateDigestAsync(Key, messages, ct);

        Assert.Equal(messages, digest.Messages.Select(m => m.Message));
        Assert.Equal(messages, (await _test.Outbox().PendingMessagesAsync(ct)).Select(m => m.Message));
    }

    [Fact]
    public async Task MarkSentAsync_FirstOfTwo_RecordsReceiptAndTimeOfThatMessageOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2"), ct);

        await outbox.MarkSentAsync(digest.Messages[0].Id, "{\"channel_id\":\"1300000000000000001\"}", ct);

        var messages = await _test.Outbox().DigestMessagesAsync(digest.Id, ct);
        Assert.Equal(["{\"channel_id\":\"1300000000000000001\"}", null], messages.Select(m => m.Receipt));
        Assert.Equal([_test.Clock.GetUtcNow(), null], messages.Select(m => m.SentAt));
    }

    [Fact]
    public async Task MarkFailedAsync_MiddleMessage_GivesUpOnItAndTheRestOfItsDigestOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2", "n-3"), ct);
        await outbox.CreateDigestAsync("later-topic|2026-03-02T07:00Z", Messages("m-1"), ct);
        await outbox.MarkSentAsync(digest.Messages[0].Id, "receipt-1", ct);

        await _test.Outbox().MarkFailedAsync(digest.Messages[1].Id, "Missing Access (50001)", ct);

        Assert.Equal(["m-1"], (await outbox.PendingMessagesAsync(ct)).Select(m => m.Message.Payload));
        Assert.Equal("Missing Access (50001)", await FailedReasonAsync(digest.Messages[1].Id));
        Assert.Contains("Missing Access (50001)", await FailedReasonAsync(digest.Messages[2].Id), StringComparison.Ordinal);
        Assert.Null(await FailedReasonAsync(digest.Messages[0].Id));
        Assert.Equal("receipt-1", (await outbox.DigestMessagesAsync(digest.Id, ct))[0].Receipt);
    }

    [Fact]
    public async Task MarkFailedAsync_LastMessage_LeavesEarlierUnsentMessagesPending()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = _test.Outbox();
        var digest = await outbox.CreateDigestAsync(Key, Messages("n-1", "n-2", "n-3"), ct);

        await outbox.MarkFailedAsync(digest.Messages[2].Id, "Invalid Form Body (50035)", ct);

        Assert.Equal(["n-1", "n-2"], (await outbox.PendingMessagesAsync(ct)).Select(m => m.Message.Payload));
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
        await outbox.MarkSentAsync(digest.Messages[0].Id, "receipt-1", ct);
        await outbox.MarkFailedAsync(digest.Messages[2].Id, "Invalid Form Body (50035)", ct);

        var messages = await _test.Outbox().DigestMessagesAsync(digest.Id, ct);

        Assert.Equal(["n-1", "n-2", "n-3"], messages.Select(m => m.Message.Payload));
        Assert.Equal([0, 1, 2], messages.Select(m => m.Sequence));
        Assert.Empty(await outbox.DigestMessagesAsync(digest.Id + 100, ct));
    }

    [Fact]
    public async Task CreateDigestForWindowAsync_NewAndRepeatedKey_MarksTheTopicsWindowWithTheDigest()
    {
        var ct = TestContext.Current.CancellationToken;
        var topic = await _test.Topics().SaveAsync(TopicSamples.HarbourNews(), "mod-1", "created", ct);
        var end = _test.Clock.GetUtcNow();

        var digest = await _test.Outbox().CreateDigestForWindowAsync(Key, Messages("n-1"), new TopicWindowDone(topic.Id, end), ct);
        var again = await _test.Outbox().CreateDigestForWindowAsync(Key, [], new TopicWindowDone(topic.Id, end.AddDays(1)), ct);

        Assert.Equal(digest.Id, again.Id);
        Assert.Equal(end.AddDays(1), (await _test.Topics().GetAsync(topic.Id, ct))!.LastDigestAt);
        Assert.Single(await _test.Outbox().PendingMessagesAsync(ct));
    }

    /// <summary>The port does not read the reason back; it is kept for people inspecting the database.</summary>
    private async Task<string?> FailedReasonAsync(long messageId) =>
        await _test.ScalarAsync($"SELECT failed_reason FROM outbox_messages WHERE id = {messageId};", TestContext.Current.CancellationToken) as string;

    private static OutgoingMessage[] Messages(params string[] payloads) =>
        [.. payloads.Select(p => new OutgoingMessage("998877665544332211", p))];
}
