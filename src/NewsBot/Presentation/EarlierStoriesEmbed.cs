using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// "More on earlier stories": one short line per earlier story that gained coverage whose own message could not be
/// edited (deleted, or too old), instead of a full entry that would read as a new story.
/// </summary>
internal static class EarlierStoriesEmbed
{
    private const int MaxLines = 10;
    private const int MaxTitleLength = 200;
    private const int MaxOutletsLength = 300;

    public static Embed Build(IReadOnlyList<CoveredStory> stories, DigestTexts texts) =>
        new() { Title = Title(texts), Description = Lines(stories, MessageLimits.EmbedDescription, texts) };

    public static string Title(DigestTexts texts) => texts.Get("moreOnEarlier");

    /// <summary>One line per story, as many as fit <paramref name="maxLength"/>.</summary>
    public static string Lines(IReadOnlyList<CoveredStory> stories, int maxLength, DigestTexts texts)
    {
        var description = string.Empty;
        foreach (var line in stories.Take(MaxLines).Select(s => Line(s, texts)))
        {
            var next = description.Length == 0 ? line : description + "\n" + line;
            if (next.Length > maxLength)
                break;
            description = next;
        }
        return description;
    }

    private static string Line(CoveredStory covered, DigestTexts texts)
    {
        var story = covered.Story;
        var title = DisplayText.Markdown(string.IsNullOrWhiteSpace(story.Title) ? texts.Untitled : story.Title, MaxTitleLength);
        var linked = StoryEmbed.LinkOrNull(story.Url) is { } url && !url.Contains(')', StringComparison.Ordinal) ? $"[{title}]({url})" : title;
        var outlets = covered.AlsoIn.Count == 0 ? "" : " · " + texts.Get("nowAlsoIn", ("outlets", DisplayText.Markdown(string.Join(", ", covered.AlsoIn), MaxOutletsLength)));
        return "• " + linked + outlets;
    }
}
