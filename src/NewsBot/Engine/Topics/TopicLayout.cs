using NewsBot.Core.Topics;

namespace NewsBot.Engine.Topics;

/// <summary>A topic's own digest layout as people write it: <c>components</c> or <c>embeds</c>; "default" (or empty) follows <c>Digests:Layout</c>.</summary>
public static class TopicLayout
{
    public const string Default = "default";

    /// <param name="layout">The topic's layout; null to follow the global setting.</param>
    /// <returns>False, with <paramref name="error"/>, when the text names no layout.</returns>
    public static bool TryParse(string? text, out DigestLayout? layout, out string error)
    {
        layout = null;
        error = "";
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Equals(Default, StringComparison.OrdinalIgnoreCase))
            return true;
        if (Enum.TryParse<DigestLayout>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value[0]))
        {
            layout = parsed;
            return true;
        }
        error = $"a layout is components, embeds or default, not \"{(value.Length > 20 ? value[..20] + "…" : value)}\"";
        return false;
    }

    /// <summary>"components", "embeds", or "default" when the topic follows the global setting.</summary>
    public static string Format(DigestLayout? layout) =>
        layout is { } own ? own.ToString().ToLowerInvariant() : Default;
}
