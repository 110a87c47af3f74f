using NewsBot.Scheduling;
using NewsBot.Core.Storage;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed add and /feed remove: a topic's feed list changed, recorded in its history, and applied to the schedule at once.</summary>
internal sealed class FeedTopicEditor(FeedTopicLookup lookup, ITopicStore topics, FeedProbe probe, EngineScheduler scheduler, ModerationLimits limits)
{
    public async Task<string> AddAsync(FeedRequest request, string? url, string topicName, CancellationToken cancellationToken)
    {
        if (!FeedAddress.TryParse(url, out var uri))
            return FeedAddress.Invalid;
        var (topic, refusal) = await lookup.FindEditableAsync(request.GuildId, topicName, cancellationToken);
        if (topic is null)
            return refusal!;
        var address = uri.AbsoluteUri;
        if (FeedAddress.FindIn(topic.Feeds, address) is { } existing)
            return $"{FeedText.Url(existing)} is already a feed of {FeedText.Name(topic.Name)}.";
        if (topic.Feeds.Count >= limits.MaxFeedsPerTopic)
            return $"{FeedText.Name(topic.Name)} already has {limits.MaxFeedsPerTopic} feeds, the most a topic may have; remove one first.";
        var probed = await probe.ProbeAsync(uri, cancellationToken);
        if (!probed.Succeeded)
            return probed.Error;
        await topics.SaveAsync(topic with { Feeds = [.. topic.Feeds, address] }, request.UserId, "feed added: " + address, cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        var title = string.IsNullOrWhiteSpace(probed.Feed.Title) ? "" : FeedText.Name(probed.Feed.Title) + " ";
        return $"Added {title}{FeedText.Url(address)} to {FeedText.Name(topic.Name)} ({probed.Feed.Format}, {probed.Feed.Items.Count} items now). " +
            "NewsBot polls it for the first time within a minute.";
    }

    public async Task<string> RemoveAsync(FeedRequest request, string url, string topicName, CancellationToken cancellationToken)
    {
        var (topic, refusal) = await lookup.FindEditableAsync(request.GuildId, topicName, cancellationToken);
        if (topic is null)
            return refusal!;
        if (FeedAddress.FindIn(topic.Feeds, url) is not { } stored)
            return $"{FeedText.Url(url)} is not a feed of {FeedText.Name(topic.Name)}; `/feed list` shows its feeds.";
        await topics.SaveAsync(topic with { Feeds = [.. topic.Feeds.Where(f => f != stored)] }, request.UserId, "feed removed: " + stored, cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        return $"Removed {FeedText.Url(stored)} from {FeedText.Name(topic.Name)}.";
    }
}
