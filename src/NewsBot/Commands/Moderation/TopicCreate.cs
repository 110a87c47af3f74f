using Microsoft.Extensions.Options;
using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /topic create: a new command-owned topic in the moderator's server, either without feeds yet (/feed add adds them) or
/// taking its stories from the catalogue's outlets that its country and language filter matches.
/// </summary>
internal sealed class TopicCreate(ServerTopics directory, TopicChecks checks, TopicSaver saver, CatalogTopicFeeds catalog, IOptions<ModerationLimits> limits)
{
    // The count and the save happen under one lock, so two moderators at once cannot pass the server's topic limit.
    private static readonly SemaphoreSlim Creating = new(1, 1);

    public async Task<string> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var texts = input.Texts;
        if (TopicChecks.CheckName(texts, input.Name) is { } nameError)
            return nameError;
        var existing = await directory.InGuildAsync(input.GuildId, cancellationToken);
        if (existing.Any(t => string.Equals(t.Name, input.Name, StringComparison.OrdinalIgnoreCase)))
            return TopicReplies.Duplicate(texts, input.Name);
        if (existing.Count >= limits.Value.MaxTopicsPerGuild)
            return TopicReplies.LimitReached(texts, limits.Value.MaxTopicsPerGuild);
        if (input.ChannelId is null)
            return texts.Get("topic.pickChannel");
        int? color = null;
        if (input.Color is not null && !AccentColor.TryParse(input.Color, out color, out _))
            return TopicReplies.BadColor(texts, input.Color);
        if (!TopicLayout.TryParse(input.Layout, out var layout, out _))
            return TopicReplies.BadLayout(texts, input.Layout!);
        if (!TopicLocale.TryParse(input.Locale, out var locale))
            return TopicReplies.BadLocale(texts, input.Locale!);
        if (TopicChecks.CheckTags(texts, input.Tags, out var tagRefusal) is not { } tags)
            return tagRefusal!;
        if (TopicCatalogChoice.Choose(texts, catalog, current: null, input, out var sources) is { } sourceError)
            return sourceError;
        var topic = catalog.Resolve(new Topic
        {
            Name = input.Name,
            GuildId = input.GuildId,
            Query = input.Query ?? "",
            ChannelId = input.ChannelId,
            Schedule = input.Schedule ?? TopicCommandDefinition.DefaultSchedule,
            TimeZone = input.TimeZone ?? TopicCommandDefinition.DefaultTimeZone,
            MaxStories = input.MaxStories ?? TopicCommandDefinition.DefaultMaxStories,
            AccentColor = color,
            Layout = layout,
            Locale = locale,
            Origin = TopicOrigin.Command,
            Feeds = [],
            Catalog = sources,
            Tags = tags,
            Publish = input.Publish ?? false,
        });
        if ((TopicChecks.CheckSettings(texts, topic) ?? await checks.CheckChannelAsync(texts, topic.ChannelId, input.GuildId, cancellationToken)) is { } error)
            return error;
        await Creating.WaitAsync(cancellationToken);
        Topic? saved;
        try
        {
            if ((await directory.InGuildAsync(input.GuildId, cancellationToken)).Count >= limits.Value.MaxTopicsPerGuild)
                return TopicReplies.LimitReached(texts, limits.Value.MaxTopicsPerGuild);
            saved = await saver.SaveAsync(topic, input.ActorId, "created", cancellationToken);
        }
        finally
        {
            Creating.Release();
        }
        if (saved is null)
            return TopicReplies.Duplicate(texts, input.Name);
        var schedule = ScheduleParser.Parse(saved.Schedule, saved.TimeZone);
        var next = await saver.NextDigestAsync(saved.Id, cancellationToken);
        if (saved.Catalog is not null)
        {
            return texts.Get("topic.createdCatalog", ("name", TopicReplies.Bold(saved.Name)), ("channel", $"<#{saved.ChannelId}>"),
                ("schedule", schedule.Description), ("next", TopicReplies.NextDigest(texts, next)), ("catalog", TopicCatalogChoice.Matched(texts, saved)));
        }
        return texts.Get("topic.created", ("name", TopicReplies.Bold(saved.Name)), ("channel", $"<#{saved.ChannelId}>"),
            ("schedule", ScheduleWords.WithZone(schedule.CronExpression, schedule.TimeZone, texts)), ("next", TopicReplies.NextDigest(texts, next)));
    }
}
