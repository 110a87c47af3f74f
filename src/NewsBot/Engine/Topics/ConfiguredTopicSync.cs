using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Rest;

namespace NewsBot.Engine.Topics;

/// <summary>
/// Makes the store hold exactly the configured topics among those owned by configuration: adds new ones, updates
/// changed ones (keeping their digest history), deletes removed ones. Topics created by command are never touched;
/// a configured topic whose name a command topic of the same server already uses is refused with an error line.
/// </summary>
public sealed partial class ConfiguredTopicSync(
    IOptions<TopicsOptions> options,
    ITopicStore topics,
    DiscordApi discord,
    ILogger<ConfiguredTopicSync> logger)
{
    public const string Actor = "configuration";

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var existing = await ListConfiguredAsync(cancellationToken);
        var kept = new HashSet<long>();
        foreach (var configured in options.Value.Items)
        {
            var current = Named(existing, configured.Name);
            if (current is not null)
                kept.Add(current.Id);
            var applied = await TryApplyAsync(configured, current, cancellationToken);
            // Another instance starting beside this one may have applied the same settings since the list was read.
            if (applied.Clash is not null && current is null && Named(await ListConfiguredAsync(cancellationToken), configured.Name) is { } created)
            {
                kept.Add(created.Id);
                applied = await TryApplyAsync(configured, created, cancellationToken);
            }
            if (applied.Id is { } id)
                kept.Add(id);
            if (applied.Clash is not null)
                LogClash(configured.Name, applied.Clash);
        }
        foreach (var removed in existing.Where(t => !kept.Contains(t.Id)))
            await topics.DeleteAsync(removed.Id, Actor, cancellationToken);
    }

    private async Task<List<Topic>> ListConfiguredAsync(CancellationToken cancellationToken) =>
        [.. (await topics.ListAsync(cancellationToken)).Where(t => t.Origin == TopicOrigin.Configuration)];

    private static Topic? Named(List<Topic> configured, string name) =>
        configured.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Saves the configured topic when it differs from <paramref name="current"/>: the stored topic's id, or why the store refused it.</summary>
    private async Task<(long? Id, string? Clash)> TryApplyAsync(ConfiguredTopic configured, Topic? current, CancellationToken cancellationToken)
    {
        var desired = await DesiredAsync(configured, current, cancellationToken);
        var changes = TopicDifferences.Describe(current, desired);
        try
        {
            return (changes is null ? current!.Id : (await topics.SaveAsync(desired, Actor, changes, cancellationToken)).Id, null);
        }
        catch (InvalidOperationException e)
        {
            return (null, e.Message);
        }
    }

    private async Task<Topic> DesiredAsync(ConfiguredTopic configured, Topic? current, CancellationToken cancellationToken) => new()
    {
        Id = current?.Id ?? 0,
        Name = configured.Name.Trim(),
        GuildId = await GuildOfAsync(configured.ChannelId, cancellationToken) ?? current?.GuildId,
        Query = configured.Query.Trim(),
        ChannelId = configured.ChannelId,
        Schedule = configured.Schedule.Trim(),
        TimeZone = string.IsNullOrWhiteSpace(configured.TimeZone) ? "UTC" : configured.TimeZone.Trim(),
        MaxStories = configured.MaxStories,
        Language = string.IsNullOrWhiteSpace(configured.Language) ? null : configured.Language,
        AccentColor = !string.IsNullOrWhiteSpace(configured.Color) && AccentColor.TryParse(configured.Color, out var color, out _) ? color : null,
        Layout = TopicLayout.TryParse(configured.Layout, out var layout, out _) ? layout : null,
        Locale = TopicLocale.TryParse(configured.Locale, out var locale) ? locale : null,
        Feeds = configured.Feeds.Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToList(),
        Tags = TopicTags.Read(string.Join(",", configured.Tags)),
        Publish = configured.Publish,
        Origin = TopicOrigin.Configuration,
        CreatedAt = current?.CreatedAt ?? default,
        LastDigestAt = current?.LastDigestAt,
    };

    /// <summary>The channel's server, so commands in that server see the topic; unknown when Discord cannot say.</summary>
    private async Task<string?> GuildOfAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await discord.Channels.GetChannelAsync(channelId, cancellationToken);
            if (result.IsSuccess)
                return result.Value!.GuildId;
            LogChannelUnknown(channelId, result.Error?.Message ?? "no answer");
        }
        catch (HttpRequestException e)
        {
            LogChannelUnknown(channelId, e.Message);
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Configured topic {Topic} was not applied: {Reason}")]
    private partial void LogClash(string topic, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up channel {ChannelId} of a configured topic: {Reason}")]
    private partial void LogChannelUnknown(string channelId, string reason);
}
