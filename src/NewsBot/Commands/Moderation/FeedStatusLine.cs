using System.Globalization;
using NewsBot.Core.Storage;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>One feed in /feed list: its address, how it is doing, and when it was last fetched (in the reader's own time).</summary>
internal static class FeedStatusLine
{
    private const int MaxErrorLength = 150;

    /// <param name="pause">This server's pause of the feed, if any; another server's is none of this server's business.</param>
    public static string For(string feedUrl, FeedState? state, FeedPause? pause) =>
        $"• {FeedText.Url(feedUrl)} — {Status(state, pause)} · last fetch {When(state?.LastFetchedAt)}";

    public static string Status(FeedState? state, FeedPause? pause) => (state, pause) switch
    {
        (_, { Reason: { } reason }) => $"paused ({Error(reason)})",
        (_, not null) => "paused by a moderator",
        (null, _) => "not fetched yet",
        ({ ConsecutiveFailures: > 0 and var n }, _) => $"failing ({n} failure{(n == 1 ? "" : "s")}: {Error(state.LastError ?? "unknown error")})",
        ({ LastSuccessAt: null }, _) => "not fetched yet",
        _ => "ok",
    };

    /// <summary>A Discord timestamp ("3 minutes ago"), rendered by the reader's own client.</summary>
    public static string When(DateTimeOffset? at) =>
        at is { } time ? $"<t:{time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>" : "never";

    private static string Error(string error) => DisplayText.Markdown(error, MaxErrorLength);
}
