using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Channel messages and forum posts.</summary>
public sealed class ChannelsApi
{
    private readonly DiscordRestClient _rest;

    internal ChannelsApi(DiscordRestClient rest) => _rest = rest;

    /// <summary>The channel's type and guild; used to tell forums from text channels before posting.</summary>
    public Task<DiscordResult<Channel>> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        _rest.SendAsync<Channel>(new DiscordRoute(HttpMethod.Get, "/channels/{channel_id}", $"/channels/{channelId}", channelId), null, null, cancellationToken);

    /// <summary>With <see cref="MessagePayload.Nonce"/> and EnforceNonce, a resend returns Discord's earlier message instead of posting twice.</summary>
    public Task<DiscordResult<Message>> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        _rest.SendAsync<Message>(MessagesRoute(HttpMethod.Post, channelId), MessageGuard.Prepare(message), null, cancellationToken);

    public Task<DiscordResult<Message>> EditMessageAsync(string channelId, string messageId, MessagePayload message, CancellationToken cancellationToken) =>
        _rest.SendAsync<Message>(MessageRoute(HttpMethod.Patch, channelId, messageId), MessageGuard.PrepareWithoutNonce(message), null, cancellationToken);

    public Task<DiscordResult> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        _rest.SendAsync(MessageRoute(HttpMethod.Delete, channelId, messageId), null, null, cancellationToken);

    /// <summary>
    /// Posts in a forum channel: a new thread whose first message is <paramref name="thread"/>.Message. Forum posts have no
    /// nonce, so the message's Nonce/EnforceNonce are dropped and a resend creates a second thread.
    /// </summary>
    public Task<DiscordResult<Channel>> CreateForumThreadAsync(string forumChannelId, ForumThreadPayload thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var prepared = thread with { Message = MessageGuard.PrepareWithoutNonce(thread.Message) };
        var route = new DiscordRoute(HttpMethod.Post, "/channels/{channel_id}/threads", $"/channels/{forumChannelId}/threads", forumChannelId);
        return _rest.SendAsync<Channel>(route, prepared, null, cancellationToken);
    }

    /// <summary>
    /// Publishes a message of an announcement channel to the servers following it. Discord allows about 10 a channel an
    /// hour; a 429 is handed back at once (never waited out here), so the caller's persisted queue decides when to try again.
    /// </summary>
    public Task<DiscordResult<Message>> CrosspostMessageAsync(string channelId, string messageId, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(
            HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/crosspost", $"/channels/{channelId}/messages/{messageId}/crosspost", channelId)
        { HandsBackRateLimits = true };
        return _rest.SendAsync<Message>(route, null, null, cancellationToken);
    }

    /// <summary>Replaces a forum's tags with <paramref name="tags"/> (needs Manage Channels; at most 20 tags).</summary>
    public Task<DiscordResult<Channel>> ModifyForumTagsAsync(string forumChannelId, IReadOnlyList<ForumTag> tags, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Patch, "/channels/{channel_id}", $"/channels/{forumChannelId}", forumChannelId);
        return _rest.SendAsync<Channel>(route, new ForumTagsPayload(tags), null, cancellationToken);
    }

    private static DiscordRoute MessagesRoute(HttpMethod method, string channelId) =>
        new(method, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", channelId);

    private static DiscordRoute MessageRoute(HttpMethod method, string channelId, string messageId) =>
        new(method, "/channels/{channel_id}/messages/{message_id}", $"/channels/{channelId}/messages/{messageId}", channelId);
}
