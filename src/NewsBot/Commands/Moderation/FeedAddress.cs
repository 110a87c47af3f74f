using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Commands.Moderation;

/// <summary>Feed addresses as moderators type them: http(s) only, stored in one spelling so duplicates are caught.</summary>
internal static class FeedAddress
{
    /// <summary>The reply text for an address that is not one.</summary>
    public const string InvalidKey = "feed.invalidAddress";

    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? uri)
    {
        if (Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && parsed.Host.Length > 0)
        {
            uri = parsed;
            return true;
        }
        uri = null;
        return false;
    }

    /// <summary>True when both name the same address (a stored feed may predate the one spelling).</summary>
    public static bool Same(string stored, string typed) =>
        string.Equals(Spelling(stored), Spelling(typed), StringComparison.Ordinal);

    /// <summary>The stored feed of <paramref name="feeds"/> that <paramref name="typed"/> names, or null.</summary>
    public static string? FindIn(IEnumerable<string> feeds, string typed) => feeds.FirstOrDefault(f => Same(f, typed));

    private static string Spelling(string text) => TryParse(text, out var uri) ? uri.AbsoluteUri : text.Trim();
}
