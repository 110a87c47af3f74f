using System.Globalization;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Engine.Topics;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic show: a topic's settings, feeds, origin, last and next digest, and its last change (who and when).</summary>
internal sealed class TopicShow(ServerTopics directory, ITopicStore store, TopicSaver saver)
{
    private const int FeedsListed = 10;
    private const int FieldLimit = 1024;

    public async Task<MessagePayload> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var (topic, missing) = await directory.FindForModeratorAsync(input.GuildId, input.Name, cancellationToken);
        if (topic is null)
            return new MessagePayload { Content = missing };
        var next = await saver.NextDigestAsync(topic.Id, cancellationToken);
        var changes = await store.ListChangesAsync(topic.Id, 1, cancellationToken);
        EmbedField[] fields =
        [
            new("Query", topic.Query.Length == 0 ? "everything from its feeds" : Clip(Code(topic.Query), FieldLimit)),
            new("Channel", $"<#{topic.ChannelId}>", true),
            new("Schedule", Schedule(topic), true),
            new("Max stories", topic.MaxStories.ToString(CultureInfo.InvariantCulture), true),
            new("Forum tags", topic.Tags.Count == 0 ? "none" : Clip(string.Join(", ", topic.Tags.Select(DiscordMarkdown.Escape)), FieldLimit), true),
            new("Publish", topic.Publish ? "on (announcement channels)" : "off", true),
            new("Colour", AccentColor.Format(topic.AccentColor), true),
            new("Layout", TopicLayout.Format(topic.Layout), true),
            new($"Feeds ({topic.Feeds.Count})", Feeds(topic.Feeds)),
            new("Owned by", topic.Origin == TopicOrigin.Configuration ? "the settings file (change it there)" : "commands (`/topic edit`)", true),
            new("Last digest", topic.LastDigestAt is { } last ? TopicReplies.When(last) : "none yet", true),
            new("Next digest", next is { } at ? TopicReplies.When(at) : "not scheduled", true),
            new("Last change", changes is [var change, ..] ? Change(change) : "none recorded"),
        ];
        return new MessagePayload { Embeds = [new Embed { Title = Clip(topic.Name, 256), Fields = fields }] };
    }

    private static string Schedule(Topic topic) =>
        ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out var schedule, out var error)
            ? schedule.Description
            : Clip($"{Code(topic.Schedule)} ({topic.TimeZone}): not valid, {error}", FieldLimit);

    private static string Feeds(IReadOnlyList<string> feeds)
    {
        if (feeds.Count == 0)
            return "none yet: add one with `/feed add`";
        var listed = string.Join("\n", feeds.Take(FeedsListed).Select(f => "• " + DiscordMarkdown.Escape(f)));
        return Clip(feeds.Count > FeedsListed ? $"{listed}\n… and {feeds.Count - FeedsListed} more" : listed, FieldLimit);
    }

    private static string Change(TopicChange change)
    {
        var who = string.Equals(change.Actor, "configuration", StringComparison.Ordinal) ? "the settings file" : $"<@{change.Actor}>";
        return Clip($"{who}, {TopicReplies.Ago(change.At)}: {DiscordMarkdown.Escape(change.Action)}", FieldLimit);
    }

    private static string Code(string text) => "`" + text.Replace('`', '\'') + "`";

    private static string Clip(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
