using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Engine.Scheduling;
using NewsBot.Ingestion.Discovery;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed add (a feed, or any page with feeds on it) and /feed remove: a topic's feed list changed, recorded in its history, and applied to the schedule at once.
/// Each change is read, checked and saved in turn, so two moderators adding feeds together do not lose one.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The edit lock never exposes a wait handle.")]
internal sealed class FeedTopicEditor(ServerTopics lookup, ITopicStore topics, FeedFinder finder, FeedChoices choices, EngineScheduler scheduler, ModerationLimits limits)
{
    private readonly SemaphoreSlim _editing = new(1, 1);

    /// <summary>
    /// Adds the feed at <paramref name="url"/>, or the one feed found on the page there; several found make a select menu
    /// (its choice kept in <see cref="FeedChoices"/> and completed by <see cref="AddFoundAsync"/>); none, what was tried.
    /// </summary>
    public async Task<MessagePayload> AddAsync(FeedRequest request, string? url, string topicName, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        if (!FeedAddress.TryParse(url, out var uri))
            return Text(texts.Get(FeedAddress.InvalidKey));
        // Checked before the fetch as well, so an add that cannot happen costs no request.
        if (await CheckAddAsync(request, topicName, uri.AbsoluteUri, cancellationToken) is { Refusal: { } early })
            return Text(early);
        var found = await finder.FindAsync(uri, texts, cancellationToken);
        if (found.Error is { } error)
            return Text(error);
        if (found.PageIsFeed)
            return Text(await AddFoundAsync(request, topicName, found.Feeds[0] with { Url = uri }, page: null, cancellationToken));
        return found.Feeds.Count switch
        {
            0 => Text(FeedFinder.NoneFound(texts, found.Discovery)),
            1 => Text(await AddFoundAsync(request, topicName, found.Feeds[0], uri, cancellationToken)),
            _ => Offer(request, topicName, uri, found),
        };
    }

    /// <summary>Adds a feed already fetched and read (by the command itself or by discovery); <paramref name="page"/> is where it was found.</summary>
    public async Task<string> AddFoundAsync(FeedRequest request, string topicName, DiscoveredFeed feed, Uri? page, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        var address = feed.Url.AbsoluteUri;
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
        var added = texts.Get("feed.added", ("title", FeedFinder.Title(feed)), ("url", FeedText.Url(address)), ("topic", FeedText.Name(topic.Name)),
            ("format", feed.Kind), ("count", TopicReplies.Number(texts, feed.ItemCount)));
        return page is null ? added : FeedFinder.FoundOn(texts, page, feed) + "\n" + added;
    }

    private MessagePayload Offer(FeedRequest request, string topicName, Uri page, FeedFinding found)
    {
        var (token, choice) = choices.Add(expires => new FeedChoice(FeedChoiceActions.Add, request.GuildId, request.UserId, topicName, page, found.Feeds, expires));
        return FeedChoiceMenu.Build(request.Texts, token, choice);
    }

    private static MessagePayload Text(string content) => new() { Content = content };

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
        if (topic.Catalog is not null)
            return (null, texts.Get("feed.catalogTopic", ("topic", FeedText.Name(topic.Name))));
        if (FeedAddress.FindIn(topic.Feeds, address) is { } existing)
            return (null, texts.Get("feed.alreadyInTopic", ("url", FeedText.Url(existing)), ("topic", FeedText.Name(topic.Name))));
        if (topic.Feeds.Count >= limits.MaxFeedsPerTopic)
            return (null, texts.Get("feed.topicFull", ("topic", FeedText.Name(topic.Name)), ("max", TopicReplies.Number(texts, limits.MaxFeedsPerTopic))));
        return (topic, null);
    }
}
