using System.Globalization;
using NewsBot.Core.Storage;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>One feed in /feed list: its address, how it is doing, and when it was last fetched (in the reader's own time and language).</summary>
internal static class FeedStatusLine
{
    private const int MaxErrorLength = 150;

    /// <param name="pause">This server's pause of the feed, if any; another server's is none of this server's business.</param>
    public static string For(ReplyTexts texts, string feedUrl, FeedState? state, FeedPause? pause) =>
        texts.Get("feed.statusLine", ("url", FeedText.Url(feedUrl)), ("status", Status(texts, state, pause)), ("when", When(texts, state?.LastFetchedAt)));

    /// <summary>Why a feed is paused or failing stays as the fetcher or the pause worded it.</summary>
    public static string Status(ReplyTexts texts, FeedState? state, FeedPause? pause) => (state, pause) switch
    {
        (_, { Reason: { } reason }) => texts.Get("feed.pausedBecause", ("reason", Error(reason))),
        (_, not null) => texts.Get("feed.pausedByModerator"),
        (null, _) => texts.Get("feed.notFetched"),
        ({ ConsecutiveFailures: > 0 and var n }, _) => texts.Get(n == 1 ? "feed.failingOne" : "feed.failing",
            ("count", TopicReplies.Number(texts, n)), ("error", Error(state.LastError ?? texts.Get("feed.unknownError")))),
        ({ LastSuccessAt: null }, _) => texts.Get("feed.notFetched"),
        _ => texts.Get("feed.ok"),
    };

    /// <summary>A Discord timestamp ("3 minutes ago"), rendered by the reader's own client.</summary>
    public static string When(ReplyTexts texts, DateTimeOffset? at) =>
        at is { } time ? $"<t:{time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>" : texts.Get("feed.never");

    private static string Error(string error) => DisplayText.Markdown(error, MaxErrorLength);
}
