using System.Globalization;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;
using NewsBot.Ingestion.Discovery;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>The ephemeral reply offering several found feeds in a select menu: title, items, newest item's day.</summary>
internal static class FeedChoiceMenu
{
    public static MessagePayload Build(ReplyTexts texts, string token, FeedChoice choice)
    {
        var options = choice.Feeds.Take(ComponentLimits.SelectOptions).Select((feed, i) => new SelectOption(Clip(Label(feed)), i.ToString(CultureInfo.InvariantCulture))
        {
            Description = Clip(Description(texts, feed)),
        }).ToList();
        var select = new StringSelect(choice.Action + ":" + token, options) { Placeholder = Clip(texts.Get("feed.choosePlaceholder"), ComponentLimits.SelectPlaceholder) };
        var key = choice.Action == FeedChoiceActions.Test ? "feed.chooseTest" : "feed.chooseAdd";
        return new MessagePayload
        {
            Content = texts.Get(key, ("page", FeedText.Url(choice.Page.AbsoluteUri)), ("count", TopicReplies.Number(texts, choice.Feeds.Count))),
            Components = [new ActionRow([select])],
        };
    }

    private static string Label(DiscoveredFeed feed) =>
        string.IsNullOrWhiteSpace(feed.Title) ? feed.Url.Host + feed.Url.AbsolutePath : feed.Title.Trim();

    private static string Description(ReplyTexts texts, DiscoveredFeed feed)
    {
        var count = TopicReplies.Number(texts, feed.ItemCount);
        var line = feed.Newest is { } newest
            ? texts.Get("feed.choiceLine", ("kind", feed.Kind), ("count", count), ("date", newest.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : texts.Get("feed.choiceLineUndated", ("kind", feed.Kind), ("count", count));
        return feed.IsComments ? line + texts.Get("feed.choiceComments") : line;
    }

    private static string Clip(string text, int max = ComponentLimits.SelectOptionText) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
