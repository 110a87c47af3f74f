using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>User-typed names and addresses made safe to show in a reply.</summary>
internal static class FeedText
{
    private const int MaxNameLength = 100;
    private const int MaxUrlLength = 300;

    public static string Name(string name) => "**" + DisplayText.Markdown(name, MaxNameLength) + "**";

    /// <summary>An address as inline code: shown exactly, so it can be copied into <c>/feed pause</c>, never a link preview.</summary>
    public static string Url(string url)
    {
        var safe = url.Replace("`", "%60", StringComparison.Ordinal);
        return "`" + (safe.Length <= MaxUrlLength ? safe : safe[..(MaxUrlLength - 1)] + "…") + "`";
    }
}
