using System.Globalization;
using NewsBot.Core.Storage;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>One feed in /feed list: its address, how it is doing, and when it was last fetched (in the reader's own time).</summary>
internal static class FeedStatusLine
{
    private const int MaxErrorLength = 150;

    public static string For(string feedUrl, FeedState? state) =>
        $"• {FeedText.Url(feedUrl)} — {Status(state)} · last fetch {When(state?.LastFetchedAt)}";

    public static string Status(FeedState? state) => state switch
    {
        null => "not fetched yet",
        { IsPaused: true } => "paused" + (state.LastError is { } error ? $" ({Error(error)})" : ""),
        { ConsecutiveFailures: > 0 and var n } => $"failing ({n} failure{(n == 1 ? "" : "s")}: {Error(state.LastError ?? "unknown error")})",
        { LastSuccessAt: null } => "not fetched yet",
        _ => "ok",
    };

    /// <summary>A Discord timestamp ("3 minutes ago"), rendered by the reader's own client.</summary>
    public static string When(DateTimeOffset? at) =>
        at is { } time ? $"<t:{time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>" : "never";

    private static string Error(string error) => DisplayText.Markdown(error, MaxErrorLength);
}
