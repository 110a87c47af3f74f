using System.Globalization;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models.Components;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// One story as one Components V2 container: the linked headline with outlet, relative time and byline beside the
/// article's image, the key quotes as block-quote lines, and the other outlets as link buttons. Every part has its own
/// cap, so a story never passes <see cref="MaxText"/> characters or <see cref="MaxComponents"/> components and always
/// fits a message beside a header.
/// </summary>
internal static class StoryComponents
{
    public const int MaxButtons = 2 * ComponentLimits.ButtonsPerRow;

    /// <summary>Container, section, two texts, thumbnail, the quotes, two rows of five buttons.</summary>
    public const int MaxComponents = 18;

    public const int MaxText = MaxHeadline + MaxMeta + StoryQuoteLines.MaxLength;
    private const int MaxTitle = 250;
    private const int MaxLinkLength = ComponentLimits.ButtonUrl;
    private const int MaxHeadline = MaxTitle + MaxLinkLength + 10;
    private const int MaxMeta = 400;
    private const int MaxOutlet = 100;
    private const int MaxByline = 100;
    private const string Dot = " · ";

    public static Container Build(CoveredStory covered, int? accentColor, DigestTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(covered);
        texts ??= DigestTexts.English;
        var story = covered.Story;
        var headline = new TextDisplay(Headline(Title(story.Title, texts), story.Url));
        var meta = new TextDisplay(Meta(covered, texts));
        var (buttons, unlinked) = AlsoIn(covered);
        var top = Image(story.Image) is { } image
            ? (Component)new Section([headline, meta], new Thumbnail(new UnfurledMedia(image)) { Description = DisplayText.Plain(Title(story.Title, texts), ComponentLimits.ThumbnailDescription) })
            : new TextDisplay(headline.Content + "\n" + meta.Content);
        var parts = new List<Component> { top, new TextDisplay(StoryQuoteLines.Build(story.Analysis, buttons.Count > 0, unlinked, texts)) };
        parts.AddRange(buttons.Chunk(ComponentLimits.ButtonsPerRow).Select(row => new ActionRow([.. row])));
        return new Container(parts) { AccentColor = accentColor };
    }

    private static string Headline(string title, string? url)
    {
        var shown = DisplayText.Markdown(title, MaxTitle);
        return Link(url) is { } link ? $"### [{shown}]({link})" : "### " + shown;
    }

    private static string Meta(CoveredStory covered, DigestTexts texts)
    {
        var story = covered.Story;
        var parts = new List<string> { DisplayText.Markdown(string.IsNullOrWhiteSpace(story.Source) ? texts.Get("unknownOutlet") : story.Source, MaxOutlet) };
        parts.Add(story.Published is { } published
            ? $"<t:{published.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>"
            : texts.Get("timeUnknown"));
        if (!string.IsNullOrWhiteSpace(story.Byline))
            parts.Add(texts.Get("byline", ("author", DisplayText.Markdown(story.Byline, MaxByline))));
        if (story.FromExcerpt)
            parts.Add(texts.Get("fromExcerpt"));
        return "-# " + string.Join(Dot, parts);
    }

    /// <summary>Link buttons for the outlets with an address (the story's own outlet never again), and the names of the rest.</summary>
    private static (List<Component> Buttons, List<string> Unlinked) AlsoIn(CoveredStory covered)
    {
        var buttons = new List<Component>();
        var unlinked = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { covered.Story.Source?.Trim() ?? "" };
        foreach (var outlet in covered.AlsoIn.Where(o => !string.IsNullOrWhiteSpace(o) && seen.Add(o.Trim())))
        {
            if (buttons.Count < MaxButtons && covered.AlsoInLinks.TryGetValue(outlet, out var url) && ComponentRulesUrl(url))
                buttons.Add(Button.Link(DisplayText.Plain(outlet.Trim(), ComponentLimits.ButtonLabel), url));
            else
                unlinked.Add(outlet.Trim());
        }
        return (buttons, unlinked);
    }

    private static string Title(string title, DigestTexts texts) => string.IsNullOrWhiteSpace(title) ? texts.Untitled : title;

    // A markdown link ends at the first ')' or space, and a long one would eat the text budget: such a headline goes unlinked.
    private static string? Link(string? url) =>
        ComponentRulesUrl(url) && !url!.Any(c => c is ')' or '(' or '<' or '>' || char.IsWhiteSpace(c)) ? url : null;

    private static string? Image(string? url) =>
        url is { Length: <= ComponentLimits.MediaUrl } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : null;

    private static bool ComponentRulesUrl(string? url) =>
        url is { Length: > 0 and <= MaxLinkLength } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
