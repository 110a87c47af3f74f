using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Discord.Rest;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Sends one outbox message the way it was queued: an edit, a forum post or a message appended to one, a message in its
/// digest's thread (found again after a restart), or a plain channel message with its nonce so Discord drops a resend.
/// </summary>
internal sealed class OutboxSender(IOutbox outbox, DiscordApi discord, BotPermissions permissions, TimeProvider time, ILogger logger, IStoryMemory? stories)
{
    /// <summary>Discord's "Cannot send messages in a forum channel".</summary>
    private const int ForumNeedsAThread = 40058;

    private readonly ChannelsApi _channels = discord.Channels;
    private readonly MessageEdits _edits = new(outbox, discord.Channels);
    private readonly ForumPosts _forum = new(outbox, discord.Channels, discord.Guilds, new ForumTags(discord.Channels, permissions, logger), time, stories);

    /// <param name="threads">The thread each digest's earlier messages went to in this run, by digest id.</param>
    public async Task<SendOutcome> SendAsync(OutboxMessage message, Dictionary<long, string> threads, CancellationToken cancellationToken)
    {
        var channelId = message.Message.Destination;
        QueuedMessage queued;
        try
        {
            queued = QueuedMessage.Read(message.Message.Payload);
        }
        catch (JsonException e)
        {
            return SendOutcome.Refused($"the stored message body is unreadable: {e.Message}");
        }
        try
        {
            if (queued.Edit is { } edit)
                return await _edits.SendAsync(edit, queued.Message, cancellationToken);
            if (queued.Append is { } append)
                return await _forum.AppendAsync(channelId, queued, append, message, cancellationToken);
            if (queued.StartsPost)
                return await _forum.StartAsync(channelId, queued.ThreadName, queued.Message, queued.TagNames, message, cancellationToken);
            var payload = queued.Message with { Nonce = queued.Nonce, EnforceNonce = true };
            if (queued.ThreadName is null)
                return await PostOrStartThreadAsync(channelId, payload, cancellationToken);
            var thread = threads.GetValueOrDefault(message.DigestId) ?? await ThreadOfDigestAsync(message, cancellationToken);
            return thread is null
                ? await StartThreadAsync(channelId, queued.ThreadName, payload, cancellationToken)
                : await PostAsync(thread, payload, cancellationToken);
        }
        catch (MessageLimitException e)
        {
            return SendOutcome.Refused($"the message breaks Discord's limits: {e.Message}");
        }
    }

    private async Task<SendOutcome> PostAsync(string channelId, MessagePayload payload, CancellationToken cancellationToken)
    {
        var result = await _channels.CreateMessageAsync(channelId, payload, cancellationToken);
        return result.IsSuccess ? SendOutcome.Posted(result.Value!.Id, channelId) : SendOutcome.Failed(result.Error!);
    }

    /// <summary>
    /// A message queued without knowing the channel was a forum (a feed-pause notice) becomes a post of its own there
    /// rather than being lost.
    /// </summary>
    private async Task<SendOutcome> PostOrStartThreadAsync(string channelId, MessagePayload payload, CancellationToken cancellationToken)
    {
        var result = await _channels.CreateMessageAsync(channelId, payload, cancellationToken);
        if (result.IsSuccess)
            return SendOutcome.Posted(result.Value!.Id, channelId);
        if (result.Error!.Code != ForumNeedsAThread)
            return SendOutcome.Failed(result.Error);
        var title = DisplayText.Plain(payload.Content ?? "NewsBot notice", DigestWording.MaxThreadNameLength);
        return await StartThreadAsync(channelId, title, payload, cancellationToken);
    }

    private Task<SendOutcome> StartThreadAsync(string forumChannelId, string? threadName, MessagePayload payload, CancellationToken cancellationToken) =>
        _forum.StartAsync(forumChannelId, threadName, payload, null, null, cancellationToken);

    /// <summary>After a restart: the thread the digest's first message started, if it was sent.</summary>
    private async Task<string?> ThreadOfDigestAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var messages = await outbox.DigestMessagesAsync(message.DigestId, cancellationToken);
        return messages
            .Where(m => m.Sequence < message.Sequence)
            .OrderBy(m => m.Sequence)
            .Select(m => DeliveryReceipt.TryRead(m.Receipt)?.ChannelId)
            .FirstOrDefault(channel => channel is not null);
    }
}
