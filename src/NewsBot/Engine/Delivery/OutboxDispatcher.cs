using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Sends what waits in the outbox, in order, each message with its nonce so Discord drops a resend. A message Discord
/// refuses for good gives up its digest and the others go on; when Discord is unavailable, sending stops and the rest
/// waits for the next call. One dispatch at a time, so two callers never send the same message.
/// </summary>
public sealed partial class OutboxDispatcher(IOutbox outbox, ChannelsApi channels, ILogger<OutboxDispatcher> logger) : IDisposable
{
    /// <summary>Discord's "Cannot send messages in a forum channel".</summary>
    private const int ForumNeedsAThread = 40058;

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<DispatchReport> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await DispatchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<DispatchReport> DispatchAsync(CancellationToken cancellationToken)
    {
        var (sent, failed) = (0, 0);
        var givenUp = new HashSet<long>();
        var threads = new Dictionary<long, string>();
        foreach (var message in await outbox.PendingMessagesAsync(cancellationToken))
        {
            if (givenUp.Contains(message.DigestId))
                continue;
            var outcome = await SendAsync(message, threads, cancellationToken);
            if (outcome.TransientError is not null)
            {
                LogInterrupted(logger, message.DigestId, message.Sequence, outcome.TransientError);
                return new DispatchReport(sent, failed, Interrupted: true);
            }
            if (outcome.Refusal is not null)
            {
                LogRefused(logger, message.DigestId, message.Sequence, message.Message.Destination, outcome.Refusal);
                await outbox.MarkFailedAsync(message.Id, outcome.Refusal, cancellationToken);
                givenUp.Add(message.DigestId);
                failed++;
                continue;
            }
            threads.TryAdd(message.DigestId, outcome.Receipt!.ChannelId);
            if (await outbox.MarkSentAsync(message.Id, outcome.Receipt!.Write(), cancellationToken))
                sent++;
        }
        return new DispatchReport(sent, failed, Interrupted: false);
    }

    private async Task<SendOutcome> SendAsync(OutboxMessage message, Dictionary<long, string> threads, CancellationToken cancellationToken)
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
        var result = await channels.CreateMessageAsync(channelId, payload, cancellationToken);
        return result.IsSuccess ? SendOutcome.Posted(result.Value!.Id, channelId) : SendOutcome.Failed(result.Error!);
    }

    /// <summary>
    /// A message queued without knowing the channel was a forum (a feed-pause notice) becomes a post of its own there
    /// rather than being lost.
    /// </summary>
    private async Task<SendOutcome> PostOrStartThreadAsync(string channelId, MessagePayload payload, CancellationToken cancellationToken)
    {
        var result = await channels.CreateMessageAsync(channelId, payload, cancellationToken);
        if (result.IsSuccess)
            return SendOutcome.Posted(result.Value!.Id, channelId);
        if (result.Error!.Code != ForumNeedsAThread)
            return SendOutcome.Failed(result.Error);
        var title = DisplayText.Plain(payload.Content ?? "NewsBot notice", DigestWording.MaxThreadNameLength);
        return await StartThreadAsync(channelId, title, payload, cancellationToken);
    }

    private async Task<SendOutcome> StartThreadAsync(string forumChannelId, string? threadName, MessagePayload payload, CancellationToken cancellationToken)
    {
        var name = QuoteShortener.Shorten(threadName?.Trim() is { Length: > 0 } trimmed ? trimmed : "Digest", DigestWording.MaxThreadNameLength);
        // A forum post's first message takes no nonce; the thread is created once because its success is recorded at once.
        var thread = new ForumThreadPayload { Name = name, Message = payload with { Nonce = null, EnforceNonce = null } };
        var result = await channels.CreateForumThreadAsync(forumChannelId, thread, cancellationToken);
        if (!result.IsSuccess)
            return SendOutcome.Failed(result.Error!);
        var channel = result.Value!;
        // The starter message of a forum thread has the thread's id.
        return SendOutcome.Posted(channel.Message?.Id ?? channel.Id, channel.Id);
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {DigestId} message {Sequence} to channel {ChannelId} was refused by Discord, giving up on that digest: {Reason}")]
    private static partial void LogRefused(ILogger logger, long digestId, int sequence, string channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DigestId} message {Sequence} could not be sent now ({Reason}); it stays pending")]
    private static partial void LogInterrupted(ILogger logger, long digestId, int sequence, string reason);
}
