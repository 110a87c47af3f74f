using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Engine.Scheduling;
using NewsBot.Engine.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>/topics: the server's topics with their schedule in words, their channel and when the next digest is due.</summary>
internal sealed class TopicsCommand(ServerTopics topics, EngineScheduler scheduler, TextCatalog catalog, TimeProvider time) : IDiscordCommand
{
    private const int MaxNameLength = 100;
    private const int MaxScheduleLength = 200;

    public ApplicationCommand Definition { get; } = new()
    {
        Name = "topics",
        Description = "List this server's news topics and when their next digest is due",
        Contexts = CommandScope.InServers,
        IntegrationTypes = CommandScope.ServerOnly,
    };

    public bool Ephemeral => true;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var texts = catalog.For(context.Locale);
        if (context.ServerId is not { } guildId)
        {
            await context.RespondAsync(texts.Get("guildOnly"), cancellationToken);
            return;
        }
        var all = await topics.ListAsync(guildId, cancellationToken);
        if (all.Count == 0)
        {
            await context.RespondAsync(texts.Get("topics.none"), cancellationToken);
            return;
        }
        var description = "";
        foreach (var topic in all)
        {
            var line = await LineAsync(topic, texts, cancellationToken) + Sources(texts, topic);
            var next = description.Length == 0 ? line : description + "\n" + line;
            if (next.Length > MessageLimits.EmbedDescription)
                break;
            description = next;
        }
        await context.RespondAsync(Replies.Public(new Embed { Title = texts.Get("topics.title"), Description = description }), cancellationToken);
    }

    private static string Sources(ReplyTexts texts, Topic topic) =>
        topic.Catalog is { } sources ? " · " + texts.Get("topics.catalog", ("filter", CatalogFilterText.Describe(texts, sources))) : "";

    private async Task<string> LineAsync(Topic topic, ReplyTexts texts, CancellationToken cancellationToken)
    {
        var name = DisplayText.Markdown(topic.Name, MaxNameLength);
        if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out var schedule, out _))
            return $"**{name}** · {texts.Get("topics.badSchedule")} · <#{topic.ChannelId}>";
        var next = await scheduler.NextDigestAsync(topic.Id, cancellationToken) ?? schedule.NextAfter(time.GetUtcNow());
        var due = next is { } at ? texts.Get("topics.next", ("when", Replies.Relative(at))) : texts.Get("topics.noDigestDue");
        return $"**{name}** · {DisplayText.Markdown(ScheduleWords.WithZone(schedule.CronExpression, schedule.TimeZone, texts), MaxScheduleLength)} · <#{topic.ChannelId}> · {due}";
    }
}
