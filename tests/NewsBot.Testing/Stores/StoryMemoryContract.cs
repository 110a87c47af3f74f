using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>
/// What every <see cref="IStoryMemory"/> promises, run against the SQLite store and the in-memory fake alike: a digest,
/// its window, its edits and its stories are written together and once; stories are found by topic and recency and by
/// the message that carried them; refused edits and retention change what is found.
/// </summary>
public abstract class StoryMemoryContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>New, empty stores sharing one clock.</summary>
    protected abstract StoryMemoryStores Create(TimeProvider clock);

    [Fact]
    public async Task RecordDigestAsync_DeliveredStories_FoundWithTheirMessageAndTheWindowMarked()
    {
        var (stores, clock, topic) = await ArrangeAsync();

        var digest = await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 2) with
        {
            Delivered = [new NewStory(0, 0, "ferry"), new NewStory(0, 1, "library"), new NewStory(1, 0, "bridge")],
        }, Token);

        var recent = await stores.Memory.RecentAsync(topic.Id, Start, Token);
        Assert.Equal(["ferry", "library", "bridge"], recent.Select(s => s.State));
        Assert.All(recent, s => Assert.Equal((topic.Id, digest.Id, Start, Start, true, false), (s.TopicId, s.DigestId, s.DeliveredAt, s.LastSeenAt, s.Editable, s.MentionPending)));
        Assert.Equal(["ferry", "library"], (await stores.Memory.InMessageAsync(digest.Id, 0, Token)).Select(s => s.State));
        Assert.Equal([1], (await stores.Memory.InMessageAsync(digest.Id, 1, Token)).Select(s => s.Sequence));
        Assert.Equal(Start, (await stores.Topics.GetAsync(topic.Id, Token))!.LastDigestAt);
        Assert.Equal(2, digest.Messages.Count);
        _ = clock;
    }

    [Fact]
    public async Task RecordDigestAsync_RepeatedKey_RemembersQueuesAndRevisesNothingTwice()
    {
        var (stores, clock, topic) = await ArrangeAsync();
        var first = await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 1) with { Delivered = [new NewStory(0, 0, "ferry")] }, Token);
        var story = Assert.Single(await stores.Memory.RecentAsync(topic.Id, Start, Token));
        clock.Advance(TimeSpan.FromHours(1));
        var update = Digest(topic, "digest:2", 0) with
        {
            Revised = [new StoryRevision(story.Id, "ferry+ledger", true, false)],
            Edits = [Edit("story-edit:1")],
        };
        await stores.Memory.RecordDigestAsync(update, Token);

        clock.Advance(TimeSpan.FromHours(1));
        var again = await stores.Memory.RecordDigestAsync(update with { Revised = [new StoryRevision(story.Id, "other", false, true)], Edits = [Edit("story-edit:2")] }, Token);
        var repeated = await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 1) with { Delivered = [new NewStory(0, 0, "ferry")] }, Token);

        var remembered = Assert.Single(await stores.Memory.RecentAsync(topic.Id, Start, Token));
        Assert.Equal(("ferry+ledger", Start.AddHours(1), true), (remembered.State, remembered.LastSeenAt, remembered.Editable));
        Assert.Equal(first.Id, repeated.Id);
        Assert.Empty(again.Messages);
        Assert.Equal(["m0", "edit"], (await stores.Outbox.PendingMessagesAsync(Token)).Select(m => m.Message.Payload));
    }

    [Fact]
    public async Task RecordDigestAsync_Edits_QueuedAfterTheDigestEachAsADigestOfItsOwn()
    {
        var (stores, _, topic) = await ArrangeAsync();

        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 1) with { Edits = [Edit("story-edit:a"), Edit("story-edit:b")] }, Token);

        var pending = await stores.Outbox.PendingMessagesAsync(Token);
        Assert.Equal(["m0", "edit", "edit"], pending.Select(m => m.Message.Payload));
        Assert.Equal(3, pending.Select(m => m.DigestId).Distinct().Count());
        Assert.All(pending, m => Assert.Equal(0, m.Sequence));
    }

    [Fact]
    public async Task RecentAsync_AnotherTopicOrLastSeenBefore_NotFound()
    {
        var (stores, clock, topic) = await ArrangeAsync();
        var other = await stores.Topics.SaveAsync(Topic() with { Name = "Valley" }, "mod", "created", Token);
        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 1) with { Delivered = [new NewStory(0, 0, "old")] }, Token);
        clock.Advance(TimeSpan.FromHours(80));
        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:2", 1) with { Delivered = [new NewStory(0, 0, "new")] }, Token);
        await stores.Memory.RecordDigestAsync(Digest(other, "digest:3", 1) with { Delivered = [new NewStory(0, 0, "valley")] }, Token);

        var recent = await stores.Memory.RecentAsync(topic.Id, Start.AddHours(8), Token);

        Assert.Equal(["new"], recent.Select(s => s.State));
    }

    [Fact]
    public async Task MarkUneditableAsync_Story_NoLongerEditableAndItsMentionPending()
    {
        var (stores, _, topic) = await ArrangeAsync();
        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 1) with { Delivered = [new NewStory(0, 0, "a"), new NewStory(0, 1, "b")] }, Token);
        var stories = await stores.Memory.RecentAsync(topic.Id, Start, Token);

        await stores.Memory.MarkUneditableAsync([stories[0].Id], Token);

        var after = await stores.Memory.RecentAsync(topic.Id, Start, Token);
        Assert.Equal([(false, true), (true, false)], after.Select(s => (s.Editable, s.MentionPending)));
    }

    [Fact]
    public async Task PruneOlderThanAsync_Cutoff_ForgetsStoriesLastSeenBeforeIt()
    {
        var (stores, clock, topic) = await ArrangeAsync();
        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 1) with { Delivered = [new NewStory(0, 0, "old")] }, Token);
        clock.Advance(TimeSpan.FromDays(5));
        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:2", 1) with { Delivered = [new NewStory(0, 0, "new")] }, Token);

        var pruned = await stores.Memory.PruneOlderThanAsync(Start.AddDays(1), Token);

        Assert.Equal(1, pruned);
        Assert.Equal(["new"], (await stores.Memory.RecentAsync(topic.Id, Start, Token)).Select(s => s.State));
    }

    [Fact]
    public async Task MoveToThreadAsync_OneOfTwoStories_OnlyThatOneFoundWithTheNewThread()
    {
        var (stores, _, topic) = await ArrangeAsync();
        await stores.Memory.RecordDigestAsync(Digest(topic, "digest:1", 2) with { Delivered = [new NewStory(0, 0, "ferry"), new NewStory(1, 0, "library")] }, Token);
        var ferry = (await stores.Memory.RecentAsync(topic.Id, Start, Token))[0];

        await stores.Memory.MoveToThreadAsync([ferry.Id], "4242", Token);

        var recent = await stores.Memory.RecentAsync(topic.Id, Start, Token);
        Assert.Equal(["4242", null], recent.Select(s => s.ThreadId));
    }

    private async Task<(StoryMemoryStores Stores, SteppedClock Clock, Topic Topic)> ArrangeAsync()
    {
        var clock = new SteppedClock(Start);
        var stores = Create(clock);
        var topic = await stores.Topics.SaveAsync(Topic(), "mod", "created", Token);
        return (stores, clock, topic);
    }

    private static StoryDigest Digest(Topic topic, string key, int messages) =>
        new(key, [.. Enumerable.Range(0, messages).Select(i => new OutgoingMessage("100", $"m{i}"))], new TopicWindowDone(topic.Id, Start));

    private static QueuedEdit Edit(string key) => new(key, new OutgoingMessage("100", "edit"));

    private static Topic Topic() => new()
    {
        Name = "Harbour",
        GuildId = "guild-1",
        ChannelId = "100",
        Schedule = "daily 08:00",
        Feeds = ["https://brindle-post.example/feed"],
    };
}
