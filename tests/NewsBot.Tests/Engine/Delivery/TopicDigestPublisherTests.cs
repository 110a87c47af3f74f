using NewsBot.Core.Topics;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Scheduling;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine.Scheduling;
using static NewsBot.Tests.Engine.Digests.InventedArticles;

namespace NewsBot.Tests.Engine.Delivery;

public sealed class TopicDigestPublisherTests
{
    private static readonly string[] Subjects =
        ["lighthouse", "bakery", "orchard", "tramway", "observatory", "aquarium", "vineyard", "brewery", "cathedral", "stadium", "museum", "glasshouse"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Topic StoredTopic(PublishingHarness harness, Topic topic)
    {
        harness.Topics.Add(topic);
        return topic;
    }

    private static void AddDistinctStories(PublishingHarness harness, int count) =>
        harness.Articles.Add([.. Subjects.Take(count).Select((s, i) => Article($"The {s} reopens", $"Visitors returned to the {s}.", seen: Monday.AddMinutes(-60 + i)))]);

    [Fact]
    public async Task PublishAsync_FirstDigest_WindowFromBackfillBeforeCreationToScheduledTime()
    {
        await using var harness = await PublishingHarness.StartAsync(backfill: TimeSpan.FromHours(24));
        var topic = StoredTopic(harness, Topic() with { CreatedAt = Monday.AddHours(-6) });
        harness.Articles.Add(
            Article("Before the backfill", "Too old.", seen: Monday.AddHours(-31)),
            Article("Early in the backfill", "Kept.", seen: Monday.AddHours(-29)),
            Article("Just before the digest", "Kept.", seen: Monday.AddMinutes(-1)),
            Article("At the digest time", "Next digest.", seen: Monday));

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal((PublishStatus.Queued, Monday.AddHours(-30), Monday, 2), (outcome.Status, outcome.WindowStart, outcome.WindowEnd, outcome.Stories));
        var titles = harness.Fake.State.Messages.SelectMany(m => m.Body["embeds"]!.AsArray()).Select(e => e!["title"]!.GetValue<string>());
        Assert.Equal(["Early in the backfill", "Just before the digest"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PublishAsync_AfterEarlierDigest_WindowStartsAtLastDigestAndIsMarkedDone()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var topic = StoredTopic(harness, Topic() with { LastDigestAt = Monday.AddHours(-12) });
        harness.Articles.Add(Article("Already in the last digest", "Old.", seen: Monday.AddHours(-13)), Article("New since then", "Kept.", seen: Monday.AddHours(-11)));

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal((Monday.AddHours(-12), 1), (outcome.WindowStart, outcome.Stories));
        Assert.Equal(Monday, (await harness.Topics.GetAsync(topic.Id, Token))!.LastDigestAt);
    }

    [Fact]
    public async Task PublishAsync_TopicTimeZone_HeaderNamesWindowStartInThatZone()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var scheduled = Monday.AddDays(1).AddHours(-1);
        var topic = StoredTopic(harness, Topic() with { TimeZone = "Europe/Berlin", LastDigestAt = Monday.AddHours(-1) });
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring.", seen: Monday.AddHours(3)));

        await harness.Publisher.PublishAsync(topic, scheduled, Token);

        var header = harness.Fake.State.Messages.Single().Content;
        Assert.Equal("**Harbour** digest · 1 story since Mon 08:00", header);
    }

    [Fact]
    public async Task PublishAsync_NoMatchingStories_NothingQueuedAndWindowMarkedDone()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var topic = StoredTopic(harness, Topic("lighthouse"));
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring."));

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal(PublishStatus.SkippedEmpty, outcome.Status);
        Assert.Equal(0, harness.Outbox.DigestCount);
        Assert.Empty(harness.Fake.Requests);
        Assert.Equal(Monday, (await harness.Topics.GetAsync(topic.Id, Token))!.LastDigestAt);
    }

    [Fact]
    public async Task PublishAsync_EmptyAndPostWhenEmpty_PostsNoNewStoriesHeader()
    {
        await using var harness = await PublishingHarness.StartAsync(new DigestOptions { PostWhenEmpty = true });
        var topic = StoredTopic(harness, Topic() with { LastDigestAt = Monday.AddHours(-24) });

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal((PublishStatus.Queued, 0, 1), (outcome.Status, outcome.Stories, outcome.Dispatch.Sent));
        Assert.Equal("**Harbour** digest · no new stories since Sun 08:00", harness.Fake.State.Messages.Single().Content);
    }

    [Fact]
    public async Task PublishAsync_RecoveryOfAFiringAlreadyQueuedWithPostWhenEmpty_QueuesNoSecondDigest()
    {
        await using var harness = await PublishingHarness.StartAsync(new DigestOptions { PostWhenEmpty = true });
        var topic = StoredTopic(harness, Topic() with { LastDigestAt = Monday.AddHours(-24) });
        // The instance that ran the firing died before Quartz recorded it done; the survivor's recovery trigger fires at
        // the original's actual fire time, a few milliseconds after it was due.
        var recovered = DigestFiring.ScheduledAt(recovering: true, DigestFiringTests.RecoveryData(Monday), Monday.AddMilliseconds(37), Monday.AddSeconds(20));

        var first = await harness.Publisher.PublishAsync(topic, Monday, Token);
        var again = await harness.Publisher.PublishAsync(topic, recovered, Token);

        Assert.Equal((PublishStatus.Queued, PublishStatus.AlreadyDigested), (first.Status, again.Status));
        Assert.Equal(1, harness.Outbox.DigestCount);
        Assert.Single(harness.Fake.State.Messages);
    }

    [Fact]
    public async Task PublishAsync_ForumChannel_StartsOnePostPerStoryNamedByItsHeadline()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var topic = StoredTopic(harness, Topic() with { ChannelId = PublishingHarness.ForumChannel, MaxStories = 12 });
        AddDistinctStories(harness, 12);

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal((12, 12, 12), (outcome.Stories, outcome.Messages, outcome.Dispatch.Sent));
        Assert.All(harness.Posts, p => Assert.Equal("/api/v10/channels/200/threads", p.Path));
        var names = harness.Posts.Select(p => PublishingHarness.Body(p)["name"]!.GetValue<string>()).ToList();
        Assert.Equal(Subjects.Select(s => $"The {s} reopens").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal(12, harness.Outbox.All.Select(PublishingHarness.LandedIn).Distinct().Count());
        Assert.All(harness.Fake.State.Messages, m => Assert.Single(m.Body["embeds"]!.AsArray()));
        Assert.Equal(0, harness.Fake.Count(400));
    }

    [Fact]
    public async Task PublishAsync_SameTopicAndTimeAgain_SendsNothingNew()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var topic = StoredTopic(harness, Topic() with { MaxStories = 12 });
        AddDistinctStories(harness, 12);

        var first = await harness.Publisher.PublishAsync(topic, Monday, Token);
        var again = await harness.Publisher.PublishAsync(topic, Monday, Token);
        var stored = await harness.Publisher.PublishAsync((await harness.Topics.GetAsync(topic.Id, Token))!, Monday, Token);

        Assert.Equal((PublishStatus.Queued, 2), (first.Status, first.Dispatch.Sent));
        // The publisher reads the topic again, so even a caller holding the old copy sees the window as done.
        Assert.Equal((PublishStatus.AlreadyDigested, 0), (again.Status, again.Dispatch.Sent));
        Assert.Equal((PublishStatus.AlreadyDigested, 0), (stored.Status, stored.Dispatch.Sent));
        Assert.Equal(1, harness.Outbox.DigestCount);
        Assert.Equal(2, harness.Fake.State.Messages.Count);
        Assert.Equal(2, harness.Posts.Count);
    }

    [Fact]
    public async Task PublishAsync_UnknownChannel_NothingQueuedAndWindowMarkedDone()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var topic = StoredTopic(harness, Topic() with { ChannelId = "999" });
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring."));

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal(PublishStatus.ChannelRefused, outcome.Status);
        Assert.Contains("10003", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(0, harness.Outbox.DigestCount);
        Assert.Equal(Monday, (await harness.Topics.GetAsync(topic.Id, Token))!.LastDigestAt);
    }

    [Fact]
    public async Task PublishAsync_ChannelLookupBadGateway_NothingQueuedAndWindowLeftOpen()
    {
        await using var harness = await PublishingHarness.StartAsync();
        var topic = StoredTopic(harness, Topic() with { LastDigestAt = Monday.AddHours(-24) });
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring."));
        harness.Fake.Inject("/channels/100", [.. Enumerable.Repeat(FakeFailure.ServerError(502), 4)]);

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal(PublishStatus.ChannelUnreachable, outcome.Status);
        Assert.Equal(0, harness.Outbox.DigestCount);
        Assert.Equal(Monday.AddHours(-24), (await harness.Topics.GetAsync(topic.Id, Token))!.LastDigestAt);
    }

    [Fact]
    public async Task PublishAsync_LaterThanGrace_NothingPostedAndWindowLeftOpen()
    {
        await using var harness = await PublishingHarness.StartAsync(new DigestOptions { GraceHours = 6 });
        var topic = StoredTopic(harness, Topic() with { LastDigestAt = Monday.AddHours(-24) });
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring."));
        harness.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1));

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal(PublishStatus.TooLate, outcome.Status);
        Assert.Empty(harness.Fake.Requests);
        Assert.Equal(Monday.AddHours(-24), (await harness.Topics.GetAsync(topic.Id, Token))!.LastDigestAt);
    }

    [Fact]
    public async Task PublishAsync_LateWithinGrace_Posted()
    {
        await using var harness = await PublishingHarness.StartAsync(new DigestOptions { GraceHours = 6 });
        var topic = StoredTopic(harness, Topic() with { LastDigestAt = Monday.AddHours(-24) });
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring."));
        harness.Clock.Advance(TimeSpan.FromHours(6));

        var outcome = await harness.Publisher.PublishAsync(topic, Monday, Token);

        Assert.Equal((PublishStatus.Queued, 1), (outcome.Status, outcome.Dispatch.Sent));
    }

    [Fact]
    public void IdempotencyKey_TopicAndTime_NamesBothInUnixMilliseconds() =>
        Assert.Equal("digest:7:1796025600000", TopicDigestPublisher.IdempotencyKey(7, Monday));
}
