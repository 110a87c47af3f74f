using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic edit: changes only the options given, records what changed and by whom, and reschedules at once.</summary>
internal sealed class TopicEdit(ServerTopics directory, TopicChecks checks, TopicSaver saver, CatalogTopicFeeds catalog)
{
    public async Task<string> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var texts = input.Texts;
        var (before, missing) = await directory.FindForModeratorAsync(texts, input.GuildId, input.Name, cancellationToken);
        if (before is null)
            return missing!;
        if (before.Origin == TopicOrigin.Configuration)
            return TopicReplies.OwnedByConfiguration(texts, before);
        if (!input.ChangesSomething)
            return texts.Get("topic.nothingToChange");
        if (TopicChecks.CheckTags(texts, input.Tags, out var tagRefusal) is not { } tags)
            return tagRefusal!;
        var color = before.AccentColor;
        if (input.Color is not null && !AccentColor.TryParse(input.Color, out color, out _))
            return TopicReplies.BadColor(texts, input.Color);
        var layout = before.Layout;
        if (input.Layout is not null && !TopicLayout.TryParse(input.Layout, out layout, out _))
            return TopicReplies.BadLayout(texts, input.Layout);
        var locale = before.Locale;
        if (input.Locale is not null && !TopicLocale.TryParse(input.Locale, out locale))
            return TopicReplies.BadLocale(texts, input.Locale);
        if (TopicCatalogChoice.Choose(texts, catalog, before.Catalog, input, out var sources) is { } sourceError)
            return sourceError;
        var after = Apply(before, input) with { Tags = input.Tags is null ? before.Tags : tags, AccentColor = color, Layout = layout, Locale = locale };
        // Switching to the catalogue replaces the feeds by its outlets; switching back starts from none (/feed add).
        after = catalog.Resolve(after with { Catalog = sources, Feeds = before.Catalog is not null && sources is null ? [] : after.Feeds });
        if (await CheckAsync(texts, before, after, input.GuildId, cancellationToken) is { } error)
            return error;
        if (TopicDifferences.Describe(before, after) is not { } change)
            return texts.Get("topic.unchanged", ("name", TopicReplies.Bold(before.Name)));
        if (await saver.SaveAsync(after, input.ActorId, change, cancellationToken) is not { } saved)
            return TopicReplies.Duplicate(texts, after.Name);
        var next = await saver.NextDigestAsync(saved.Id, cancellationToken);
        // The change is the history's own record ("schedule: daily 08:00 → weekdays 07:30"), its labels in the member's words.
        var updated = texts.Get("topic.updated", ("name", TopicReplies.Bold(saved.Name)), ("change", DiscordMarkdown.Escape(TopicChangeWords.Localize(change, texts))),
            ("next", next is { } at ? texts.Get("topic.updatedNext", ("when", TopicReplies.When(at))) : texts.Get("topic.updatedNoNext")));
        return Equals(before.Catalog, saved.Catalog) ? updated : updated + " " + TopicCatalogChoice.Matched(texts, saved);
    }

    private static Topic Apply(Topic before, TopicCommandInput input) => before with
    {
        Name = input.NewName ?? before.Name,
        Query = input.Query ?? before.Query,
        ChannelId = input.ChannelId ?? before.ChannelId,
        Schedule = input.Schedule ?? before.Schedule,
        TimeZone = input.TimeZone ?? before.TimeZone,
        MaxStories = input.MaxStories ?? before.MaxStories,
        Publish = input.Publish ?? before.Publish,
    };

    private async Task<string?> CheckAsync(ReplyTexts texts, Topic before, Topic after, string guildId, CancellationToken cancellationToken)
    {
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            if (TopicChecks.CheckName(texts, after.Name) is { } nameError)
                return nameError;
            var taken = (await directory.InGuildAsync(guildId, cancellationToken))
                .Any(t => t.Id != before.Id && string.Equals(t.Name, after.Name, StringComparison.OrdinalIgnoreCase));
            if (taken)
                return TopicReplies.Duplicate(texts, after.Name);
        }
        if (TopicChecks.CheckSettings(texts, after) is { } settingsError)
            return settingsError;
        return string.Equals(before.ChannelId, after.ChannelId, StringComparison.Ordinal)
            ? null
            : await checks.CheckChannelAsync(texts, after.ChannelId, guildId, cancellationToken);
    }
}
