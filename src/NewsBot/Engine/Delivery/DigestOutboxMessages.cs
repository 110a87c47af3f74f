using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>How a composed digest is laid out in the outbox for each kind of channel.</summary>
internal static class DigestOutboxMessages
{
    /// <summary>A forum: one post per story, titled with its headline and tagged; each story remembered as its post's only message.</summary>
    public static (List<OutgoingMessage> Messages, List<NewStory> Delivered) ForumPosts(
        Topic topic, string key, IReadOnlyList<FreshStory> stories, DigestRenderer renderer, bool remembering)
    {
        var messages = stories
            .Select((s, i) => QueuedMessage.QueuePost(topic.ChannelId, key, i, renderer.For(topic).RenderPost(s.Covered, topic.AccentColor), s.Covered.Story.Title, topic.Tags))
            .ToList();
        var delivered = remembering ? stories.Select((s, i) => new NewStory(i, 0, s.State.Write())).ToList() : [];
        return (messages, delivered);
    }

    /// <summary>
    /// Marks the digest's last message to its channel (its crossposts follow in a lane of their own): the dispatcher counts
    /// the digest as sent when Discord accepts that one, not when it is queued.
    /// </summary>
    public static void MarkLast(List<OutgoingMessage> messages)
    {
        var last = messages.FindLastIndex(m => !Delivery.Crossposts.IsCrosspostLane(m.Destination));
        if (last >= 0)
            messages[last] = QueuedMessage.EndingDigest(messages[last]);
    }

    /// <summary>An announcement channel with Publish on: a crosspost of every digest message, in its channel's crosspost lane.</summary>
    public static IEnumerable<OutgoingMessage> Crossposts(Topic topic, string key, int digestMessages) =>
        Enumerable.Range(0, digestMessages).Select(i => QueuedMessage.QueueCrosspost(topic.ChannelId, key, i));
}
