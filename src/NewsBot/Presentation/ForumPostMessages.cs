using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// The messages of a story's forum post in the digest's layout: its first message (the story as a digest shows it), and
/// later coverage appended to it. A components message carries its lines as text displays (no content beside the flag).
/// </summary>
internal static class ForumPostMessages
{
    private const int MaxOutletsLength = 200;

    public static MessagePayload Post(CoveredStory story, DigestLayout layout, int? color, DigestTexts texts)
    {
        ArgumentNullException.ThrowIfNull(story);
        // A single story always fits a message; the embed stays the fallback all the same.
        return (layout == DigestLayout.Components ? ComponentDigest.Edit([], [story], color, texts) : null)
            ?? new MessagePayload { Embeds = [StoryEmbed.Build(story, texts) with { Color = color }] };
    }

    public static MessagePayload FollowUp(CoveredStory added, IReadOnlyList<string> newOutlets, DigestLayout layout, int? color, DigestTexts texts)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(newOutlets);
        var line = newOutlets.Count == 0
            ? texts.Get("moreOnThisStory")
            : texts.Get("moreOnThisStoryFrom", ("outlets", DisplayText.Markdown(string.Join(", ", newOutlets), MaxOutletsLength)));
        var quotes = added.Story.Analysis.Quotes.Count > 0;
        if (layout == DigestLayout.Components)
        {
            return (quotes ? ComponentDigest.Edit([new TextDisplay(line)], [added], color, texts) : null)
                ?? WithLine(new MessagePayload { Flags = MessageFlags.IsComponentsV2, Components = [] }, line);
        }
        return new MessagePayload { Content = line, Embeds = quotes ? [StoryEmbed.Build(added, texts) with { Color = color }] : null };
    }

    /// <summary>The message with a first line: its content in the embeds layout, a leading text display in components.</summary>
    public static MessagePayload WithLine(MessagePayload message, string line)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Flags?.HasFlag(MessageFlags.IsComponentsV2) == true
            ? message with { Components = [new TextDisplay(line), .. message.Components ?? []] }
            : message with { Content = line };
    }
}
