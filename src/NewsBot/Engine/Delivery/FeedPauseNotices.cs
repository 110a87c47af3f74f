using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Discord.Models;
using NewsBot.Engine.Polling;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Tells every channel of the servers whose subscription to a feed was paused, through the outbox: written once per
/// channel and pause, sent later by the dispatcher, never twice, in the language of the channel's topic. Another server's
/// channels hear nothing of it.
/// </summary>
public sealed class FeedPauseNotices(ITopicStore topics, IOutbox outbox, ILogger<FeedPauseNotices> logger, ChannelTexts? language = null) : IFeedPauseNotices
{
    private const int MaxUrlLength = 400;
    private const int MaxReasonLength = 1000;

    /// <returns>How many channels were told.</returns>
    public async Task<int> WriteAsync(
        string feedUrl, IReadOnlyCollection<string> guildIds, string reason, int failures, DateTimeOffset pausedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(guildIds);
        var channels = (await topics.ListAsync(cancellationToken))
            .Where(t => t.Feeds.Contains(feedUrl, StringComparer.Ordinal) && guildIds.Contains(FeedSubscription.GuildOf(t)))
            .GroupBy(t => t.ChannelId, StringComparer.Ordinal)
            .Select(g => (Channel: g.Key, Topic: g.OrderBy(t => t.Name, StringComparer.Ordinal).First()))
            .ToList();
        var pauseKey = $"feed-paused:{feedUrl}:{pausedAt.ToUnixTimeMilliseconds()}";
        foreach (var (channel, topic) in channels)
        {
            var key = $"{pauseKey}:{channel}";
            var texts = language?.For(topic) ?? ChannelTexts.Default();
            var payload = new MessagePayload { Content = Content(feedUrl, reason, failures, texts) };
            await outbox.CreateDigestAsync(key, [QueuedMessage.Queue(channel, key, 0, payload)], cancellationToken);
        }
        logger.LogInformation("Paused feed {Feed}; told {Channels} channel(s)", LoggableUrl.For(feedUrl), channels.Count);
        return channels.Count;
    }

    /// <summary>The notice, within Discord's 2,000 characters: the URL without embed, the reason escaped.</summary>
    public static string Content(string feedUrl, string reason, int failures, ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(texts);
        var link = Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri) && uri.AbsoluteUri.Length <= MaxUrlLength
            ? $"<{uri.AbsoluteUri}>"
            : DisplayText.Markdown(feedUrl, MaxUrlLength);
        return texts.Get("notice.feedPaused", ("link", link), ("reason", DisplayText.Markdown(reason, MaxReasonLength)),
            ("count", failures.ToString(CultureInfo.GetCultureInfo(texts.Locale))));
    }
}
