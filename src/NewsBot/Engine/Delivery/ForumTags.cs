using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Discord.Rest;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Turns a topic's tag names into the forum's tag ids at delivery: matched by name ignoring case in the forum's
/// available_tags as they are now (a moderator may have renamed or added some); missing ones are created (the whole list
/// sent back, at most 20 tags a forum) when the bot has Manage Channels there, else left off with one warning per forum
/// and set of names. Tags never stop a post: whatever cannot be resolved is simply not applied.
/// </summary>
internal sealed partial class ForumTags(ChannelsApi channels, BotPermissions permissions, ILogger logger)
{
    public const int MaxTagsPerForum = 20;
    public const int MaxTagsPerPost = 5;

    private readonly ConcurrentDictionary<string, byte> _warned = new(StringComparer.Ordinal);

    /// <returns>The ids to apply; null when there are none.</returns>
    public async Task<IReadOnlyList<string>?> ResolveAsync(string forumId, IReadOnlyList<string>? names, CancellationToken cancellationToken)
    {
        if (names is not { Count: > 0 })
            return null;
        var read = await channels.GetChannelAsync(forumId, cancellationToken);
        if (!read.IsSuccess)
            return null;
        var forum = read.Value!;
        var available = forum.AvailableTags ?? [];
        var missing = names.Where(n => Find(available, n) is null).ToList();
        if (missing.Count > 0)
            available = await CreateAsync(forum, available, missing, cancellationToken);
        var ids = names.Select(n => Find(available, n)?.Id).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxTagsPerPost).ToList();
        return ids.Count == 0 ? null : ids;
    }

    private async Task<IReadOnlyList<ForumTag>> CreateAsync(
        Channel forum, IReadOnlyList<ForumTag> available, List<string> missing, CancellationToken cancellationToken)
    {
        var room = Math.Max(0, MaxTagsPerForum - available.Count);
        if (room < missing.Count)
            WarnOnce(forum.Id, missing.Skip(room), $"the forum already has {available.Count} of its {MaxTagsPerForum} tags");
        var creatable = missing.Take(room).ToList();
        if (creatable.Count == 0)
            return available;
        var allowed = forum.GuildId is not null
            && await permissions.InChannelAsync(forum, cancellationToken) is { IsSuccess: true } computed
            && computed.Value.HasFlag(DiscordPermissions.ManageChannels);
        if (!allowed)
        {
            WarnOnce(forum.Id, creatable, "creating them needs the Manage Channels permission there");
            return available;
        }
        var wanted = available.Concat(creatable.Select(n => new ForumTag { Name = n })).ToList();
        var result = await channels.ModifyForumTagsAsync(forum.Id, wanted, cancellationToken);
        if (result.IsSuccess)
            return result.Value!.AvailableTags ?? available;
        WarnOnce(forum.Id, creatable, result.Error!.ToString());
        return available;
    }

    private static ForumTag? Find(IReadOnlyList<ForumTag> available, string name) =>
        available.FirstOrDefault(t => string.Equals(t.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    private void WarnOnce(string forumId, IEnumerable<string> names, string reason)
    {
        var list = string.Join(", ", names);
        if (_warned.TryAdd($"{forumId}|{list.ToUpperInvariant()}", 0))
            LogTagsSkipped(logger, forumId, list, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forum {ForumId}: the tags {Tags} are not applied to posts: {Reason}")]
    private static partial void LogTagsSkipped(ILogger logger, string forumId, string tags, string reason);
}
