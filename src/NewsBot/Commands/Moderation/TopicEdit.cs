using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Presentation;

namespace NewsBot.Commands.Moderation;

/// <summary>/topic edit: changes only the options given, records what changed and by whom, and reschedules at once.</summary>
internal sealed class TopicEdit(ServerTopics directory, TopicChecks checks, TopicSaver saver)
{
    public async Task<string> HandleAsync(TopicCommandInput input, CancellationToken cancellationToken)
    {
        var (before, missing) = await directory.FindForModeratorAsync(input.GuildId, input.Name, cancellationToken);
        if (before is null)
            return missing!;
        if (before.Origin == TopicOrigin.Configuration)
            return TopicReplies.OwnedByConfiguration(before);
        if (!input.ChangesSomething)
            return TopicReplies.NothingToChange;
        if (TopicTags.TryParse(input.Tags, out var tagError) is not { } tags)
            return TopicChecks.Sentence(tagError!);
        var color = before.AccentColor;
        if (input.Color is not null && !AccentColor.TryParse(input.Color, out color, out var colorError))
            return TopicReplies.BadColor(colorError);
        var layout = before.Layout;
        if (input.Layout is not null && !TopicLayout.TryParse(input.Layout, out layout, out var layoutError))
            return TopicChecks.Sentence(layoutError);
        var after = Apply(before, input) with { Tags = input.Tags is null ? before.Tags : tags, AccentColor = color, Layout = layout };
        if (await CheckAsync(before, after, input.GuildId, cancellationToken) is { } error)
            return error;
        if (TopicDifferences.Describe(before, after) is not { } change)
            return $"Nothing changed: {TopicReplies.Bold(before.Name)} already has those settings.";
        if (await saver.SaveAsync(after, input.ActorId, change, cancellationToken) is not { } saved)
            return TopicReplies.Duplicate(after.Name);
        var next = await saver.NextDigestAsync(saved.Id, cancellationToken);
        return $"Updated {TopicReplies.Bold(saved.Name)}: {DiscordMarkdown.Escape(change)}. It has its {TopicReplies.NextDigest(next)}.";
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

    private async Task<string?> CheckAsync(Topic before, Topic after, string guildId, CancellationToken cancellationToken)
    {
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            if (TopicChecks.CheckName(after.Name) is { } nameError)
                return nameError;
            var taken = (await directory.InGuildAsync(guildId, cancellationToken))
                .Any(t => t.Id != before.Id && string.Equals(t.Name, after.Name, StringComparison.OrdinalIgnoreCase));
            if (taken)
                return TopicReplies.Duplicate(after.Name);
        }
        if (TopicChecks.CheckSettings(after) is { } settingsError)
            return settingsError;
        return string.Equals(before.ChannelId, after.ChannelId, StringComparison.Ordinal)
            ? null
            : await checks.CheckChannelAsync(after.ChannelId, guildId, cancellationToken);
    }
}
