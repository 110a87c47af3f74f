using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>/feed list: the server's topics and their feeds' health as one embed, cut short (and saying so) when it would not fit.</summary>
internal sealed class FeedStatusList(ServerTopics lookup, IFeedStateStore states, IFeedSubscriptionStore subscriptions)
{
    private const int Reserve = 120;

    public async Task<MessagePayload> ListAsync(FeedRequest request, string? topicName, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        var all = await lookup.InGuildAsync(request.GuildId, cancellationToken);
        var topics = topicName is null
            ? all
            : [.. all.Where(t => string.Equals(t.Name, topicName.Trim(), StringComparison.OrdinalIgnoreCase))];
        if (topics.Count == 0)
            return new MessagePayload { Content = topicName is null ? texts.Get("feed.noTopics") : TopicReplies.Unknown(texts, topicName, all) };
        var byUrl = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.FeedUrl, StringComparer.Ordinal);
        var paused = (await subscriptions.ListAsync(null, cancellationToken))
            .Where(s => s.GuildId == request.GuildId && s.Pause is not null)
            .ToDictionary(s => s.FeedUrl, s => s.Pause!, StringComparer.Ordinal);
        var lines = topics.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).SelectMany(t => Lines(texts, t, byUrl, paused)).ToList();
        var title = topicName is null ? texts.Get("feed.listTitleAll") : texts.Get("feed.listTitleTopic", ("topic", topics[0].Name));
        return new MessagePayload { Embeds = [new Embed { Title = DisplayText.Markdown(title, MessageLimits.EmbedTitle), Description = Fit(texts, lines) }] };
    }

    private static IEnumerable<string> Lines(ReplyTexts texts, Topic topic, Dictionary<string, FeedState> byUrl, Dictionary<string, FeedPause> paused)
    {
        yield return FeedText.Name(topic.Name) + (topic.Origin == TopicOrigin.Configuration ? texts.Get("feed.fromSettings") : "");
        if (topic.Feeds.Count == 0)
            yield return texts.Get("feed.noFeeds");
        foreach (var feed in topic.Feeds)
            yield return FeedStatusLine.For(texts, feed, byUrl.GetValueOrDefault(feed), paused.GetValueOrDefault(feed));
    }

    private static string Fit(ReplyTexts texts, List<string> lines)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (text.Length + lines[i].Length + 1 > MessageLimits.EmbedDescription - Reserve)
                return text.Append(texts.Get("feed.moreLines", ("count", TopicReplies.Number(texts, lines.Count - i)))).ToString();
            text.Append(lines[i]).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }
}
