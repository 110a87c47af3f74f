using System.Globalization;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// One story as one embed: the linked title, the highlights, and a footer with outlet, "also in" and the excerpt
/// mark; the publication time goes in the embed timestamp, which Discord shows in the reader's own time zone.
/// </summary>
internal static class StoryEmbed
{
    // Title + description + footer stay under the 6000 a message allows, so every embed fits a message of its own.
    private const int MaxFooterLength = 1000;
    private const string Separator = " · ";

    public static Embed Build(CoveredStory rendered, DigestTexts? texts = null)
    {
        texts ??= DigestTexts.English;
        var story = rendered.Story;
        var title = string.IsNullOrWhiteSpace(story.Title) ? texts.Untitled : story.Title;
        return new Embed
        {
            Title = DisplayText.Markdown(title, MessageLimits.EmbedTitle),
            Url = LinkOrNull(story.Url),
            Description = StoryHighlights.Describe(story.Analysis, MessageLimits.EmbedDescription, texts),
            Timestamp = story.Published?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Footer = new EmbedFooter(Footer(rendered, texts)),
        };
    }

    private static string Footer(CoveredStory rendered, DigestTexts texts)
    {
        var parts = new List<string> { string.IsNullOrWhiteSpace(rendered.Story.Source) ? texts.Get("unknownOutlet") : rendered.Story.Source };
        if (rendered.Story.Published is null)
            parts.Add(texts.Get("timeUnknown"));
        if (rendered.AlsoIn.Count > 0)
            parts.Add(texts.AlsoIn(string.Join(", ", rendered.AlsoIn)));
        if (rendered.Story.FromExcerpt)
            parts.Add(texts.Get("fromExcerpt"));
        return DisplayText.Plain(string.Join(Separator, parts), MaxFooterLength);
    }

    // Discord refuses the whole message for a malformed or over-long url, so a doubtful link is left out.
    internal static string? LinkOrNull(string? url) =>
        url is { Length: <= MessageLimits.EmbedUrl }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;
}
