using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// A digest in Components V2: the header as a text display, then per story a container, separators between stories,
/// split at story boundaries into as many messages as 40 components and 4,000 characters of text allow.
/// </summary>
internal static class ComponentDigest
{
    public static RenderedDigest Render(string header, IReadOnlyList<CoveredStory> stories, IReadOnlyList<CoveredStory> moreOnEarlier, int? accentColor, DigestTexts texts)
    {
        var messages = new List<List<Component>> { new() { new TextDisplay(header) } };
        var places = new List<EmbedPlace>();
        var storiesInMessage = 0;
        foreach (var story in stories.Select(s => StoryComponents.Build(s, accentColor, texts)))
        {
            var current = messages[^1];
            List<Component> added = storiesInMessage > 0 ? [new Separator { Divider = true, Spacing = SeparatorSpacing.Small }, story] : [story];
            if (storiesInMessage > 0 && !Fits([.. current, .. added]))
            {
                messages.Add(current = []);
                storiesInMessage = 0;
                added = [story];
            }
            current.AddRange(added);
            places.Add(new EmbedPlace(messages.Count - 1, storiesInMessage++));
        }
        // A message of its own, so an edit that rewrites a message's stories never drops it.
        if (moreOnEarlier.Count > 0)
            messages.Add([EarlierStories(moreOnEarlier, accentColor, texts)]);
        return new RenderedDigest([.. messages.Select(Payload)], places);
    }

    /// <summary>One story alone, as a command's reply shows it: its container, within the limits as every story is.</summary>
    public static MessagePayload Single(CoveredStory story, int? accentColor, DigestTexts texts) =>
        Payload([StoryComponents.Build(story, accentColor, texts)]);

    /// <summary>The message's stories again after <paramref name="kept"/> (its header, if it had one); null when they no longer fit.</summary>
    public static MessagePayload? Edit(IReadOnlyList<Component> kept, IReadOnlyList<CoveredStory> stories, int? accentColor, DigestTexts texts)
    {
        var components = kept.ToList();
        foreach (var story in stories.Select(s => StoryComponents.Build(s, accentColor, texts)))
        {
            if (components.OfType<Container>().Any())
                components.Add(new Separator { Divider = true, Spacing = SeparatorSpacing.Small });
            components.Add(story);
        }
        return stories.Count > 0 && Fits(components) ? Payload(components) : null;
    }

    private static bool Fits(IReadOnlyList<Component> components) =>
        ComponentLimits.Count(components) <= ComponentLimits.Components && ComponentLimits.TextLength(components) <= ComponentLimits.TextDisplayTotal;

    private static MessagePayload Payload(List<Component> components) =>
        new() { Flags = MessageFlags.IsComponentsV2, Components = components };

    private static Container EarlierStories(IReadOnlyList<CoveredStory> stories, int? accentColor, DigestTexts texts)
    {
        var title = "**" + EarlierStoriesEmbed.Title(texts) + "**\n";
        return new Container([new TextDisplay(title + EarlierStoriesEmbed.Lines(stories, ComponentLimits.TextDisplayTotal - title.Length, texts))]) { AccentColor = accentColor };
    }
}
