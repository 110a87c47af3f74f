using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;

namespace NewsBot.Presentation;

/// <summary>
/// Turns a digest into Discord messages within every limit: a header line, then one embed per story, split over as
/// many messages as the 10-embed and 6000-character limits need. The Discord client makes sure none can ping anyone.
/// </summary>
/// <param name="accentColor">The embeds' side bar colour (0xRRGGBB), so a topic's digests are recognisable at a glance.</param>
public sealed class DigestRenderer(int? accentColor = null)
{
    private const int MaxTopicLength = 100;
    private const int MaxWindowLength = 200;

    /// <param name="topic">The topic's name, e.g. "World".</param>
    /// <param name="window">What the digest covers, e.g. "since Mon 08:00".</param>
    public IReadOnlyList<MessagePayload> Render(string topic, string window, IReadOnlyList<CoveredStory> stories)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(stories);
        var header = Header(topic, window, stories.Count);
        var groups = EmbedBudget.Split(stories.Select(s => StoryEmbed.Build(s) with { Color = accentColor }).ToList());
        if (groups.Count == 0)
            return [new MessagePayload { Content = header }];
        return groups
            .Select((embeds, i) => new MessagePayload
            {
                Content = i == 0 ? header : null,
                Embeds = embeds,
            })
            .ToList();
    }

    private static string Header(string topic, string window, int count)
    {
        var stories = count switch
        {
            0 => "no new stories",
            1 => "1 story",
            _ => $"{count} stories",
        };
        var name = DisplayText.Markdown(string.IsNullOrWhiteSpace(topic) ? "News" : topic, MaxTopicLength);
        var header = $"**{name}** digest · {stories}";
        return string.IsNullOrWhiteSpace(window) ? header : $"{header} {DisplayText.Markdown(window, MaxWindowLength)}";
    }
}
