using NewsBot.Core.Topics;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// Turns a digest into Discord messages within every limit. In the components layout (<see cref="ComponentDigest"/>): a
/// header text, then per story a container. In the embeds layout: a header line, then one embed per story, split over as
/// many messages as the 10-embed and 6000-character limits need. The Discord client makes sure none can ping anyone.
/// </summary>
/// <param name="layout">How new digests are laid out (<c>Digests:Layout</c>); an edit keeps the layout its message was sent in.</param>
/// <param name="accentColor">The side bar colour (0xRRGGBB) when the topic sets none, so a topic's digests are recognisable at a glance.</param>
/// <param name="texts">The digest's fixed words (<c>Digests:Locale</c>); English when null.</param>
public sealed class DigestRenderer(DigestLayout layout = DigestLayout.Embeds, int? accentColor = null, DigestTexts? texts = null)
{
    private readonly DigestTexts _texts = texts ?? DigestTexts.English;

    private const int MaxTopicLength = 100;
    private const int MaxWindowLength = 200;

    public DigestLayout Layout => layout;

    /// <summary>The words this renderer writes a digest in; callers write the window ("since Tue 08:00") with them too.</summary>
    public DigestTexts Texts => _texts;

    /// <summary>
    /// This renderer in the topic's own layout and language, where it has them; otherwise this renderer (the global
    /// <c>Digests:Layout</c> and <c>Digests:Locale</c>).
    /// </summary>
    public DigestRenderer For(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var ownLayout = topic.Layout ?? layout;
        var ownTexts = _texts.In(topic.Locale);
        return ownLayout == layout && ReferenceEquals(ownTexts, _texts) ? this : new DigestRenderer(ownLayout, accentColor, ownTexts);
    }

    /// <summary>This renderer writing its fixed words in <paramref name="locale"/> (a member's own reply); unknown locales fall back.</summary>
    public DigestRenderer In(string? locale)
    {
        var ownTexts = _texts.In(locale);
        return ReferenceEquals(ownTexts, _texts) ? this : new DigestRenderer(layout, accentColor, ownTexts);
    }

    /// <param name="topic">The topic's name, e.g. "World".</param>
    /// <param name="window">What the digest covers, e.g. "since Mon 08:00".</param>
    public IReadOnlyList<MessagePayload> Render(string topic, string window, IReadOnlyList<CoveredStory> stories) =>
        Render(topic, window, stories, []).Messages;

    /// <param name="moreOnEarlier">Earlier stories with new coverage whose own message cannot be edited: one line each, after the stories.</param>
    /// <param name="topicColor">The topic's own accent colour, if it has one.</param>
    public RenderedDigest Render(string topic, string window, IReadOnlyList<CoveredStory> stories, IReadOnlyList<CoveredStory> moreOnEarlier, int? topicColor = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(moreOnEarlier);
        return Render(Header(topic, window, stories.Count), stories, moreOnEarlier, topicColor ?? accentColor);
    }

    /// <summary>
    /// A command's stories under its own header (<c>/feed test</c>, <c>/news</c>), laid out and split as a digest is:
    /// the header text and a container per story, or the header line and a story embed each.
    /// </summary>
    /// <param name="header">Markdown, already made safe.</param>
    public IReadOnlyList<MessagePayload> RenderStories(string header, IReadOnlyList<CoveredStory> stories, int? topicColor = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(stories);
        return Render(header, stories, [], topicColor ?? accentColor).Messages;
    }

    /// <summary>
    /// One story as a reply (<c>/quotes</c>, "Key quotes"): the digest's story container, or its story embed with the
    /// byline as the embed's author (the components layout shows it beside outlet and time).
    /// </summary>
    public MessagePayload RenderStory(CoveredStory story, int? topicColor = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var color = topicColor ?? accentColor;
        if (layout == DigestLayout.Components)
            return ComponentDigest.Single(story, color, _texts);
        var embed = StoryEmbed.Build(story, _texts) with { Color = color };
        return new MessagePayload
        {
            Embeds = [string.IsNullOrWhiteSpace(story.Story.Byline) ? embed : embed with { Author = new EmbedAuthor(DisplayText.Plain(story.Story.Byline, MessageLimits.AuthorName)) }],
        };
    }

    private RenderedDigest Render(string header, IReadOnlyList<CoveredStory> stories, IReadOnlyList<CoveredStory> moreOnEarlier, int? color)
    {
        if (layout == DigestLayout.Components)
            return ComponentDigest.Render(header, stories, moreOnEarlier, color, _texts);
        var groups = EmbedBudget.Split(stories.Select(s => StoryEmbed.Build(s, _texts) with { Color = color }).ToList()).ToList();
        // A message of its own, so an edit that rewrites a message's story embeds never drops it.
        if (moreOnEarlier.Count > 0)
            groups.Add([EarlierStoriesEmbed.Build(moreOnEarlier, _texts) with { Color = color }]);
        if (groups.Count == 0)
            return new RenderedDigest([new MessagePayload { Content = header }], []);
        var messages = groups
            .Select((group, i) => new MessagePayload
            {
                Content = i == 0 ? header : null,
                Embeds = group,
            })
            .ToList();
        var places = groups.SelectMany((group, sequence) => group.Select((_, index) => new EmbedPlace(sequence, index))).Take(stories.Count).ToList();
        return new RenderedDigest(messages, places);
    }

    /// <summary>
    /// A delivered message again, its stories as they stand now, in the layout it was sent in: the embeds of an embed
    /// message (an edit leaves its header line alone), or the components of a V2 message after the ones before its first
    /// story (its header), which a V2 edit must send again. Null when what later coverage added no longer fits one message.
    /// </summary>
    /// <param name="sent">The message as it was queued, when known; without it the edit uses this renderer's layout and no header.</param>
    public MessagePayload? RenderEdit(IReadOnlyList<CoveredStory> stories, MessagePayload? sent = null, int? topicColor = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var color = topicColor ?? accentColor;
        var components = sent is null ? layout == DigestLayout.Components : sent.Flags?.HasFlag(MessageFlags.IsComponentsV2) == true;
        if (components)
            return ComponentDigest.Edit([.. (sent?.Components ?? []).TakeWhile(c => c is not Container)], stories, color, _texts);
        var embeds = stories.Select(s => StoryEmbed.Build(s, _texts) with { Color = color }).ToList();
        var fits = embeds.Count is > 0 and <= MessageLimits.Embeds && embeds.Sum(EmbedBudget.Length) <= MessageLimits.EmbedTotal;
        return fits ? new MessagePayload { Embeds = embeds } : null;
    }

    /// <summary>A forum post's first message: the story alone, as its digest entry shows it (the post's title is its headline).</summary>
    public MessagePayload RenderPost(CoveredStory story, int? topicColor = null) =>
        ForumPostMessages.Post(story, layout, topicColor ?? accentColor, _texts);

    /// <summary>
    /// Later coverage appended to a story's forum post: a line naming the new outlets, and the quotes from new voices as
    /// the story shows quotes (none when the coverage brought only outlets).
    /// </summary>
    /// <param name="added">The story with only what the coverage added as its quotes.</param>
    public MessagePayload RenderFollowUp(CoveredStory added, IReadOnlyList<string> newOutlets, int? topicColor = null) =>
        ForumPostMessages.FollowUp(added, newOutlets, layout, topicColor ?? accentColor, _texts);

    private string Header(string topic, string window, int count)
    {
        var stories = count switch
        {
            0 => _texts.Get("noStories"),
            1 => _texts.Get("oneStory"),
            _ => _texts.Get("stories", ("count", _texts.Number(count))),
        };
        var name = DisplayText.Markdown(string.IsNullOrWhiteSpace(topic) ? _texts.Get("defaultTopic") : topic, MaxTopicLength);
        var header = _texts.Get("header", ("topic", $"**{name}**"), ("stories", stories));
        return string.IsNullOrWhiteSpace(window) ? header : $"{header} {DisplayText.Markdown(window, MaxWindowLength)}";
    }
}
