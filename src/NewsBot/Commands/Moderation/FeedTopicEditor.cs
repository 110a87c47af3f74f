using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed add and /feed remove: a topic's feed list changed, recorded in its history, and applied to the schedule at once.
/// Each change is read, checked and saved in turn, so two moderators adding feeds together do not lose one.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The edit lock never exposes a wait handle.")]
internal sealed class FeedTopicEditor(ServerTopics lookup, ITopicStore topics, FeedProbe probe, EngineScheduler scheduler, ModerationLimits limits)
{
    private readonly SemaphoreSlim _editing = new(1, 1);

    public async Task<string> AddAsync(FeedRequest request, string? url, string topicName, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        if (!FeedAddress.TryParse(url, out var uri))
            return texts.Get(FeedAddress.InvalidKey);
        var address = uri.AbsoluteUri;
        // Checked before the fetch as well, so an add that cannot happen costs no request.
        if (await CheckAddAsync(request, topicName, address, cancellationToken) is { Refusal: { } early })
            return early;
        var probed = await probe.ProbeAsync(uri, texts, cancellationToken);
        if (!probed.Succeeded)
            return probed.Error;
        await _editing.WaitAsync(cancellationToken);
        Topic topic;
        try
        {
            var (current, refusal) = await CheckAddAsync(request, topicName, address, cancellationToken);
            if (current is null)
                return refusal!;
            topic = await topics.SaveAsync(current with { Feeds = [.. current.Feeds, address] }, request.UserId, "feed added: " + address, cancellationToken);
        }
        finally
        {
            _editing.Release();
        }
        await scheduler.SyncAsync(cancellationToken);
        var title = string.IsNullOrWhiteSpace(probed.Feed.Title) ? "" : FeedText.Name(probed.Feed.Title) + " ";
        return texts.Get("feed.added", ("title", title), ("url", FeedText.Url(address)), ("topic", FeedText.Name(topic.Name)),
            ("format", probed.Feed.Format), ("count", TopicReplies.Number(texts, probed.Feed.Items.Count)));
    }

    public async Task<string> RemoveAsync(FeedRequest request, string url, string topicName, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        await _editing.WaitAsync(cancellationToken);
        string message;
        try
        {
            var (topic, refusal) = await lookup.FindEditableAsync(texts, request.GuildId, topicName, cancellationToken);
            if (topic is null)
                return refusal!;
            if (FeedAddress.FindIn(topic.Feeds, url) is not { } stored)
                return texts.Get("feed.notInTopic", ("url", FeedText.Url(url)), ("topic", FeedText.Name(topic.Name)));
            await topics.SaveAsync(topic with { Feeds = [.. topic.Feeds.Where(f => f != stored)] }, request.UserId, "feed removed: " + stored, cancellationToken);
            message = texts.Get("feed.removed", ("url", FeedText.Url(stored)), ("topic", FeedText.Name(topic.Name)));
        }
        finally
        {
            _editing.Release();
        }
        await scheduler.SyncAsync(cancellationToken);
        return message;
    }

    /// <returns>The topic when the feed may be added to it, else the sentence that says why not.</returns>
    private async Task<(Topic? Topic, string? Refusal)> CheckAddAsync(FeedRequest request, string topicName, string address, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        var (topic, refusal) = await lookup.FindEditableAsync(texts, request.GuildId, topicName, cancellationToken);
        if (topic is null)
            return (null, refusal);
        if (FeedAddress.FindIn(topic.Feeds, address) is { } existing)
            return (null, texts.Get("feed.alreadyInTopic", ("url", FeedText.Url(existing)), ("topic", FeedText.Name(topic.Name))));
        if (topic.Feeds.Count >= limits.MaxFeedsPerTopic)
            return (null, texts.Get("feed.topicFull", ("topic", FeedText.Name(topic.Name)), ("max", TopicReplies.Number(texts, limits.MaxFeedsPerTopic))));
        return (topic, null);
    }
}
