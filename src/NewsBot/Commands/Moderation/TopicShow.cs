using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Engine.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /topic show: a topic's settings, feeds, origin, last and next digest, and its last change (who and when), labelled
/// in the moderator's language. Values people typed (query, schedule, tags) and the history's record stay as they are.
/// </summary>
internal sealed class TopicShow(ServerTopics directory, ITopicStore store, TopicSaver saver)
{
    private const int FeedsListed = 10;
    private const int FieldLimit = 1024;

    public async Task<MessagePayload> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var texts = input.Texts;
        var (topic, missing) = await directory.FindForModeratorAsync(texts, input.GuildId, input.Name, cancellationToken);
        if (topic is null)
            return new MessagePayload { Content = missing };
        var next = await saver.NextDigestAsync(topic.Id, cancellationToken);
        var changes = await store.ListChangesAsync(topic.Id, 1, cancellationToken);
        string Label(string key) => texts.Get("topic.show." + key);
        EmbedField[] fields =
        [
            new(Label("query"), topic.Query.Length == 0 ? Label("queryAll") : Clip(Code(topic.Query), FieldLimit)),
            new(Label("channel"), $"<#{topic.ChannelId}>", true),
            new(Label("schedule"), Schedule(texts, topic), true),
            new(Label("maxStories"), TopicReplies.Number(texts, topic.MaxStories), true),
            new(Label("tags"), topic.Tags.Count == 0 ? Label("none") : Clip(string.Join(", ", topic.Tags.Select(DiscordMarkdown.Escape)), FieldLimit), true),
            new(Label("publish"), topic.Publish ? Label("publishOn") : Label("publishOff"), true),
            new(Label("colour"), AccentColor.Format(topic.AccentColor), true),
            new(Label("layout"), TopicLayout.Format(topic.Layout), true),
            new(Label("locale"), TopicLocale.Format(topic.Locale), true),
            new(Label("sources"), topic.Catalog is { } sources
                ? texts.Get("topic.show.sourcesCatalog", ("filter", TopicCatalogChoice.Describe(texts, sources)))
                : Label("sourcesFeeds"), true),
            new(texts.Get("topic.show.feeds", ("count", TopicReplies.Number(texts, topic.Feeds.Count))), Feeds(texts, topic.Feeds)),
            new(Label("owner"), topic.Origin == TopicOrigin.Configuration ? Label("ownerSettings") : Label("ownerCommands"), true),
            new(Label("lastDigest"), topic.LastDigestAt is { } last ? TopicReplies.When(last) : Label("noneYet"), true),
            new(Label("nextDigest"), next is { } at ? TopicReplies.When(at) : Label("notScheduled"), true),
            new(Label("lastChange"), changes is [var change, ..] ? Change(texts, change) : Label("noChange")),
        ];
        return new MessagePayload { Embeds = [new Embed { Title = Clip(topic.Name, 256), Fields = fields }] };
    }

    private static string Schedule(ReplyTexts texts, Topic topic) =>
        ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, texts, out var schedule, out var error)
            ? ScheduleWords.WithZone(schedule.CronExpression, schedule.TimeZone, texts)
            : Clip(texts.Get("topic.show.badSchedule", ("schedule", Code(topic.Schedule)), ("zone", topic.TimeZone), ("error", error)), FieldLimit);

    private static string Feeds(ReplyTexts texts, IReadOnlyList<string> feeds)
    {
        if (feeds.Count == 0)
            return texts.Get("topic.show.noFeeds");
        var listed = string.Join("\n", feeds.Take(FeedsListed).Select(f => "• " + DiscordMarkdown.Escape(f)));
        var more = "\n" + texts.Get("topic.show.moreFeeds", ("count", TopicReplies.Number(texts, feeds.Count - FeedsListed)));
        return Clip(feeds.Count > FeedsListed ? listed + more : listed, FieldLimit);
    }

    private static string Change(ReplyTexts texts, TopicChange change)
    {
        var who = string.Equals(change.Actor, "configuration", StringComparison.Ordinal) ? texts.Get("topic.show.settingsFile") : $"<@{change.Actor}>";
        return Clip(texts.Get("topic.show.change", ("who", who), ("when", TopicReplies.Ago(change.At)), ("action", DiscordMarkdown.Escape(TopicChangeWords.Localize(change.Action, texts)))), FieldLimit);
    }

    private static string Code(string text) => "`" + text.Replace('`', '\'') + "`";

    private static string Clip(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
