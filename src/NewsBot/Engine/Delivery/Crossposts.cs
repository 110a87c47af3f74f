using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord.Rest;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Publishes announcement-channel messages (crossposts) through a lane of their own per channel, after the digest's
/// messages: Discord allows about <see cref="PerHour"/> an hour per channel, so a crosspost waits for its slot. The budget
/// is read from the outbox (crossposts sent in the last hour), so it survives a restart; a 429 is never waited out in a
/// loop: its retry_after becomes the crosspost's persisted retry time. A crosspost that fails for good is logged once and
/// dropped: the message itself is posted, only its copy to following servers is missing.
/// </summary>
internal sealed partial class Crossposts(IOutbox outbox, ChannelsApi channels, IOptions<DeliveryOptions> options, TimeProvider time, ILogger logger)
{
    public const int PerHour = 10;
    public const string DestinationPrefix = "crosspost:";

    /// <summary>Discord's "This message has already been crossposted".</summary>
    private const int AlreadyCrossposted = 40033;

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static string Destination(string channelId) => DestinationPrefix + channelId;

    public static bool IsCrosspostLane(string destination) => destination.StartsWith(DestinationPrefix, StringComparison.Ordinal);

    /// <param name="pending">Every pending message id: a target among them has not landed yet, one outside them was given up.</param>
    public async Task<DispatchReport> DispatchAsync(
        IReadOnlyList<OutboxMessage> messages, IReadOnlySet<long> pending, CancellationToken cancellationToken)
    {
        var (sent, failed) = (0, 0);
        var now = time.GetUtcNow();
        var budget = (await outbox.SentSinceAsync(messages[0].Message.Destination, now - Window, cancellationToken)).Count;
        foreach (var message in messages)
        {
            if (message.RetryAt > now || budget >= PerHour)
                return new DispatchReport(sent, failed, Interrupted: true);
            var queued = QueuedMessage.Read(message.Message.Payload);
            var target = (await outbox.DigestMessagesAsync(message.DigestId, cancellationToken)).FirstOrDefault(m => m.Sequence == queued.Crosspost!.Sequence);
            if (DeliveryReceipt.TryRead(target?.Receipt) is not { } receipt)
            {
                if (target is not null && pending.Contains(target.Id))
                    return new DispatchReport(sent, failed, Interrupted: true);
                await outbox.MarkDroppedAsync(message.Id, "the message to crosspost was never posted", cancellationToken);
                failed++;
                continue;
            }
            var result = await channels.CrosspostMessageAsync(receipt.ChannelId, receipt.MessageId, cancellationToken);
            if (result.IsSuccess || result.Error!.Code == AlreadyCrossposted)
            {
                budget++;
                if (await outbox.MarkSentAsync(message.Id, receipt.Write(), cancellationToken))
                    sent++;
                continue;
            }
            if (await FailedAsync(message, receipt, result.Error, now, cancellationToken))
                return new DispatchReport(sent, failed, Interrupted: true);
            failed++;
        }
        return new DispatchReport(sent, failed, Interrupted: false);
    }

    /// <returns>True when the crosspost waits for a later try; false when it was dropped.</returns>
    private async Task<bool> FailedAsync(OutboxMessage message, DeliveryReceipt receipt, DiscordError error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (error.HttpStatus == 429)
        {
            // Discord counts differently from us (another process, a restart without the outbox): wait as long as it says.
            LogRateLimited(logger, receipt.ChannelId, error.RetryAfter?.TotalSeconds ?? Window.TotalSeconds);
            await outbox.MarkAttemptFailedAsync(message.Id, error.ToString(), now + (error.RetryAfter ?? Window), cancellationToken);
            return true;
        }
        if (!SendOutcome.IsPermanent(error) && message.Attempts + 1 < settings.MaxAttempts)
        {
            await outbox.MarkAttemptFailedAsync(message.Id, error.ToString(), now + settings.RetryDelay(message.Attempts + 1), cancellationToken);
            return true;
        }
        LogDropped(logger, receipt.MessageId, receipt.ChannelId, error.ToString());
        // This crosspost alone: the digest's later crossposts still publish their messages.
        await outbox.MarkDroppedAsync(message.Id, error.ToString(), cancellationToken);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crossposts in channel {ChannelId} wait {Seconds:0} s: Discord's hourly crosspost limit")]
    private static partial void LogRateLimited(ILogger logger, string channelId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} in announcement channel {ChannelId} could not be published to following servers: {Reason}")]
    private static partial void LogDropped(ILogger logger, string messageId, string channelId, string reason);
}
