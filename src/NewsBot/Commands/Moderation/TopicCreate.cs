using Microsoft.Extensions.Options;
using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic create: a new command-owned topic in the moderator's server, without feeds yet (/feed add adds them).</summary>
internal sealed class TopicCreate(ServerTopics directory, TopicChecks checks, TopicSaver saver, IOptions<ModerationLimits> limits)
{
    // The count and the save happen under one lock, so two moderators at once cannot pass the server's topic limit.
    private static readonly SemaphoreSlim Creating = new(1, 1);

    public async Task<string> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        if (TopicChecks.CheckName(input.Name) is { } nameError)
            return nameError;
        var existing = await directory.InGuildAsync(input.GuildId, cancellationToken);
        if (existing.Any(t => string.Equals(t.Name, input.Name, StringComparison.OrdinalIgnoreCase)))
            return TopicReplies.Duplicate(input.Name);
        if (existing.Count >= limits.Value.MaxTopicsPerGuild)
            return TopicReplies.LimitReached(limits.Value.MaxTopicsPerGuild);
        if (input.ChannelId is null)
            return "Pick the channel the digest should go to.";
        int? color = null;
        if (input.Color is not null && !AccentColor.TryParse(input.Color, out color, out var colorError))
            return TopicReplies.BadColor(colorError);
        if (!TopicLayout.TryParse(input.Layout, out var layout, out var layoutError))
            return TopicChecks.Sentence(layoutError);
        var topic = new Topic
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
            Origin = TopicOrigin.Command,
            Feeds = [],
            Publish = input.Publish ?? false,
        };
        if (TopicTags.TryParse(input.Tags, out var tagError) is not { } tags)
            return TopicChecks.Sentence(tagError!);
        topic = topic with { Tags = tags };
        if ((TopicChecks.CheckSettings(topic) ?? await checks.CheckChannelAsync(topic.ChannelId, input.GuildId, cancellationToken)) is { } error)
            return error;
        await Creating.WaitAsync(cancellationToken);
        Topic? saved;
        try
        {
            if ((await directory.InGuildAsync(input.GuildId, cancellationToken)).Count >= limits.Value.MaxTopicsPerGuild)
                return TopicReplies.LimitReached(limits.Value.MaxTopicsPerGuild);
            saved = await saver.SaveAsync(topic, input.ActorId, "created", cancellationToken);
        }
        finally
        {
            Creating.Release();
        }
        if (saved is null)
            return TopicReplies.Duplicate(input.Name);
        var schedule = ScheduleParser.Parse(saved.Schedule, saved.TimeZone);
        var next = await saver.NextDigestAsync(saved.Id, cancellationToken);
        return $"Created {TopicReplies.Bold(saved.Name)}: digests in <#{saved.ChannelId}>, {schedule.Description}; " +
            $"{TopicReplies.NextDigest(next)}. Add its feeds with `/feed add`.";
    }
}
