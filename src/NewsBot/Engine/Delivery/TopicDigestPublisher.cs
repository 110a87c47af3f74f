using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// One scheduled digest of a topic, from window to Discord: compose, render, store in the outbox under a key of topic
/// and time (so a second run queues nothing) marking the window done in the same transaction, then send. Sending failures never lose the digest:
/// it stays in the outbox for the next dispatch.
/// </summary>
public sealed partial class TopicDigestPublisher(
    TopicDigestComposer composer,
    UnpausedFeeds unpaused,
    DigestRenderer renderer,
    ITopicStore topics,
    IStoryMemory memory,
    StoryUpdatePlanner planner,
    ForumUpdatePlanner forumPlanner,
    OutboxDispatcher dispatcher,
    ChannelsApi channels,
    DigestBackfill backfill,
    IOptions<DigestOptions> options,
    IOptions<StoryMemoryOptions> storyOptions,
    TimeProvider time,
    ILogger<TopicDigestPublisher> logger) : IDisposable
{
    // One digest at a time: a catch-up at start-up and a scheduled firing must not both compose the same window.
    private readonly SemaphoreSlim _publishing = new(1, 1);

    // Topics told once (per run) that Publish needs an announcement channel.
    private readonly HashSet<long> _publishWarned = [];

    public static string IdempotencyKey(long topicId, DateTimeOffset scheduledAt) =>
        $"digest:{topicId}:{scheduledAt.ToUnixTimeMilliseconds()}";

    public void Dispose() => _publishing.Dispose();

    public async Task<PublishOutcome> PublishAsync(Topic topic, DateTimeOffset scheduledAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            // Read again under the lock: the digest that held it may have moved the window on.
            return await PublishLockedAsync(await topics.GetAsync(topic.Id, cancellationToken) ?? topic, scheduledAt, cancellationToken);
        }
        finally
        {
            _publishing.Release();
        }
    }

    private async Task<PublishOutcome> PublishLockedAsync(Topic topic, DateTimeOffset scheduledAt, CancellationToken cancellationToken)
    {
        var windowStart = topic.LastDigestAt ?? topic.CreatedAt - backfill.Window;
        if (windowStart >= scheduledAt)
            return new PublishOutcome(PublishStatus.AlreadyDigested, windowStart, scheduledAt, 0, 0, await dispatcher.DispatchPendingAsync(cancellationToken));
        if (time.GetUtcNow() - scheduledAt > TimeSpan.FromHours(options.Value.GraceHours))
        {
            // Left unmarked, so the next digest's window starts where this one would have and nothing is lost.
            LogTooLate(logger, topic.Name, scheduledAt, options.Value.GraceHours);
            return new PublishOutcome(PublishStatus.TooLate, windowStart, scheduledAt, 0, 0, DispatchReport.None);
        }

        var key = IdempotencyKey(topic.Id, scheduledAt);
        var window = new TopicWindowDone(topic.Id, scheduledAt);
        var remembering = storyOptions.Value.MemoryHours > 0;
        var earlier = remembering
            ? await memory.RecentAsync(topic.Id, scheduledAt - TimeSpan.FromHours(storyOptions.Value.MemoryHours), cancellationToken)
            : [];
        var composed = await composer.ComposeAsync(await unpaused.OfAsync(topic, cancellationToken), windowStart, scheduledAt, earlier, cancellationToken);
        Channel? channel = null;
        if (composed.Stories.Count > 0 || composed.Updates.Count > 0 || options.Value.PostWhenEmpty || earlier.Any(s => s.MentionPending))
        {
            var read = await channels.GetChannelAsync(topic.ChannelId, cancellationToken);
            if (!read.IsSuccess)
                return await ChannelFailedAsync(topic, windowStart, scheduledAt, read.Error!, cancellationToken);
            channel = read.Value!;
        }
        var forum = channel is not null && (ChannelType)channel.Type is ChannelType.GuildForum or ChannelType.GuildMedia;
        var updates = forum
            ? forumPlanner.Plan(topic, key, composed.Updates)
            : await planner.PlanAsync(topic, key, composed.Updates, earlier, cancellationToken);
        var update = new StoryDigest(key, [], window) { Revised = updates.Revisions, Edits = updates.Edits };
        if (composed.Stories.Count == 0 && updates.MoreOnEarlier.Count == 0 && (!options.Value.PostWhenEmpty || forum))
        {
            if (updates.IsEmpty)
            {
                await topics.MarkDigestedAsync(topic.Id, scheduledAt, cancellationToken);
                return new PublishOutcome(PublishStatus.SkippedEmpty, windowStart, scheduledAt, 0, 0, DispatchReport.None);
            }
            // Nothing new to post, but earlier messages to edit: recorded with the window all the same.
            await memory.RecordDigestAsync(update, cancellationToken);
            return new PublishOutcome(PublishStatus.SkippedEmpty, windowStart, scheduledAt, 0, 0, await dispatcher.DispatchPendingAsync(cancellationToken));
        }

        var (messages, delivered) = forum
            ? DigestOutboxMessages.ForumPosts(topic, key, composed.Stories, renderer, remembering)
            : InMessages(topic, key, windowStart, scheduledAt, composed, updates, channel!, remembering);
        DigestOutboxMessages.MarkLast(messages);
        // One transaction: a crash between storing the digest and marking its window (or remembering its stories, or
        // queueing its edits) would post the window again or lose an update.
        var digest = await memory.RecordDigestAsync(update with { Messages = messages, Delivered = delivered }, cancellationToken);
        var dispatch = await dispatcher.DispatchPendingAsync(cancellationToken);
        LogDigest(logger, topic.Name, topic.ChannelId, composed.Stories.Count, digest.Messages.Count, dispatch.Interrupted ? "queued, the rest is sent later" : "sent");
        return new PublishOutcome(PublishStatus.Queued, windowStart, scheduledAt, composed.Stories.Count, digest.Messages.Count, dispatch);
    }

    /// <summary>A text or announcement channel: the rendered digest's messages, then, when the topic publishes, their crossposts.</summary>
    private (List<OutgoingMessage> Messages, List<NewStory> Delivered) InMessages(
        Topic topic, string key, DateTimeOffset windowStart, DateTimeOffset scheduledAt, ComposedDigest composed, StoryUpdatePlan updates, Channel channel, bool remembering)
    {
        var zone = DigestWording.ZoneOf(topic);
        var own = renderer.For(topic);
        var rendered = own.Render(topic.Name, DigestWording.Window(windowStart, scheduledAt, zone, own.Texts), [.. composed.Stories.Select(s => s.Covered)], updates.MoreOnEarlier, topic.AccentColor);
        var messages = rendered.Messages.Select((payload, i) => QueuedMessage.Queue(topic.ChannelId, key, i, payload)).ToList();
        if (topic.Publish && (ChannelType)channel.Type == ChannelType.GuildAnnouncement)
            messages.AddRange(DigestOutboxMessages.Crossposts(topic, key, rendered.Messages.Count));
        else if (topic.Publish && _publishWarned.Add(topic.Id))
            LogNotAnnouncement(logger, topic.Name, topic.ChannelId);
        var delivered = remembering
            ? composed.Stories.Select((s, i) => new NewStory(rendered.Places[i].Sequence, rendered.Places[i].Index, s.State.Write())).ToList()
            : [];
        return (messages, delivered);
    }

    private async Task<PublishOutcome> ChannelFailedAsync(
        Topic topic, DateTimeOffset windowStart, DateTimeOffset windowEnd, DiscordError error, CancellationToken cancellationToken)
    {
        if (!SendOutcome.IsPermanent(error))
        {
            LogChannelUnreachable(logger, topic.Name, topic.ChannelId, error.ToString());
            return new PublishOutcome(PublishStatus.ChannelUnreachable, windowStart, windowEnd, 0, 0, DispatchReport.None) { Error = error.ToString() };
        }
        // The window is marked done all the same: a deleted channel must not make every later digest reach further back.
        LogChannelRefused(logger, topic.Name, topic.ChannelId, error.ToString());
        await topics.MarkDigestedAsync(topic.Id, windowEnd, cancellationToken);
        return new PublishOutcome(PublishStatus.ChannelRefused, windowStart, windowEnd, 0, 0, DispatchReport.None) { Error = error.ToString() };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Topic {Topic}: digest to channel {ChannelId}, {Stories} stories in {Messages} messages, {Delivery}")]
    private static partial void LogDigest(ILogger logger, string topic, string channelId, int stories, int messages, string delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Topic {Topic}: Publish is on but channel {ChannelId} is not an announcement channel, so its digests are not crossposted")]
    private static partial void LogNotAnnouncement(ILogger logger, string topic, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Topic {Topic}: the digest due at {ScheduledAt:u} is more than {GraceHours} h late; its stories go into the next one")]
    private static partial void LogTooLate(ILogger logger, string topic, DateTimeOffset scheduledAt, int graceHours);

    [LoggerMessage(Level = LogLevel.Error, Message = "Topic {Topic}: Discord refused channel {ChannelId}, so this digest was dropped: {Reason}")]
    private static partial void LogChannelRefused(ILogger logger, string topic, string channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Topic {Topic}: channel {ChannelId} could not be looked up ({Reason}); the next digest covers this window")]
    private static partial void LogChannelUnreachable(ILogger logger, string topic, string channelId, string reason);
}
