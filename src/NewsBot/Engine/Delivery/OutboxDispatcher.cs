using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Discord.Rest;
using NewsBot.Engine.Metrics;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Sends what waits in the outbox, in order per destination, each message with its nonce so Discord drops a resend.
/// Destinations are served side by side and apart: a message refused for good gives up its digest; a failure that may
/// pass (5xx, no answer) holds back that destination only, which is tried again with growing waits and given up, with a
/// log line and a notice to the channel, after Delivery:MaxAttempts attempts or Delivery:MaxAgeHours. One dispatch at a
/// time, so two callers never send the same message; across instances sharing a database, each destination is claimed by
/// one of them for a lease it renews while sending (<see cref="OutboxClaimant"/>).
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutbox outbox,
    DiscordApi discord,
    BotPermissions permissions,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger,
    IStoryMemory? stories = null,
    NewsBotMetrics? metrics = null,
    OutboxClaimant? claimant = null,
    ChannelTexts? language = null) : IDisposable
{
    /// <summary>Destinations served at once: a slow or failing channel holds one of these turns, never the others'.</summary>
    private const int ParallelDestinations = 4;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _claimer = (claimant ?? OutboxClaimant.ThisProcess).Id;
    private readonly OutboxSender _sender = new(outbox, discord, permissions, time, logger, stories);
    private readonly Crossposts _crossposts = new(outbox, discord.Channels, options, time, logger);

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
        var claim = await outbox.ClaimPendingAsync(_claimer, OutboxClaimant.Lease, cancellationToken);
        var destinations = claim.Messages.GroupBy(m => m.Message.Destination, StringComparer.Ordinal).ToList();
        var reports = new ConcurrentBag<DispatchReport>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelDestinations, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            destinations.Where(d => !Crossposts.IsCrosspostLane(d.Key)), parallel,
            async (destination, token) => reports.Add(await DispatchToAsync([.. destination], claim.Until, token)));
        // Crossposts after the messages they publish, each channel's lane on its own hourly budget. A target another
        // instance holds is pending too, so every pending message counts, not only this claim's.
        var lanes = destinations.Where(d => Crossposts.IsCrosspostLane(d.Key)).ToList();
        if (lanes.Count > 0)
        {
            var waiting = (await outbox.PendingMessagesAsync(cancellationToken)).Select(m => m.Id).ToHashSet();
            await Parallel.ForEachAsync(lanes, parallel, async (lane, token) => reports.Add(await _crossposts.DispatchAsync([.. lane], waiting, token)));
        }
        var heldElsewhere = claim.HeldElsewhereUntil is not null;
        return new DispatchReport(reports.Sum(r => r.Sent), reports.Sum(r => r.Failed), heldElsewhere || reports.Any(r => r.Interrupted))
        {
            HeldElsewhereUntil = claim.HeldElsewhereUntil,
        };
    }

    /// <summary>
    /// One destination's claimed messages, in order; a failure that may pass stops this destination only, and so does a
    /// claim lost to another instance (this one was too slow to renew it).
    /// </summary>
    private async Task<DispatchReport> DispatchToAsync(IReadOnlyList<OutboxMessage> messages, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        var (sent, failed) = (0, 0);
        var givenUp = new HashSet<long>();
        var threads = new Dictionary<long, string>();
        foreach (var message in messages)
        {
            if (givenUp.Contains(message.DigestId))
                continue;
            if (message.RetryAt > time.GetUtcNow())
                return new DispatchReport(sent, failed, Interrupted: true);
            if (OutboxClaimant.ShouldRenew(claimedUntil, time.GetUtcNow()))
            {
                if (await outbox.ExtendClaimAsync(_claimer, message.Message.Destination, OutboxClaimant.Lease, cancellationToken) is not { } renewed)
                    return new DispatchReport(sent, failed, Interrupted: true);
                claimedUntil = renewed;
            }
            var outcome = await _sender.SendAsync(message, threads, cancellationToken);
            if (outcome.TransientError is not null)
            {
                if (!await GiveUpAfterFailureAsync(message, outcome.TransientError, cancellationToken))
                    return new DispatchReport(sent, failed, Interrupted: true);
                givenUp.Add(message.DigestId);
                failed++;
                continue;
            }
            if (outcome.Refusal is not null)
            {
                LogRefused(logger, message.DigestId, message.Sequence, message.Message.Destination, outcome.Refusal);
                await outbox.MarkFailedAsync(message.Id, outcome.Refusal, cancellationToken);
                await StopEditingAsync(message, cancellationToken);
                givenUp.Add(message.DigestId);
                failed++;
                continue;
            }
            threads.TryAdd(message.DigestId, outcome.Receipt!.ChannelId);
            if (await outbox.MarkSentAsync(message.Id, outcome.Receipt!.Write(), cancellationToken))
            {
                sent++;
                metrics?.DigestMessageSent();
                // Counted here, when its last message lands, rather than when it was queued: a digest stuck in the outbox is not "sent".
                if (metrics is not null && TryRead(message)?.EndsDigest == true)
                    metrics.DigestSent();
            }
        }
        return new DispatchReport(sent, failed, Interrupted: false);
    }

    /// <summary>
    /// Counts a failed attempt and books the next one, or, past the caps, gives the digest up, logs it and queues a notice
    /// to the channel (posted if it ever takes messages again; a notice that fails is given up without another).
    /// </summary>
    /// <returns>True when the digest was given up.</returns>
    private async Task<bool> GiveUpAfterFailureAsync(OutboxMessage message, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var (attempts, now) = (message.Attempts + 1, time.GetUtcNow());
        var age = now - message.QueuedAt;
        if (attempts < settings.MaxAttempts && age < TimeSpan.FromHours(settings.MaxAgeHours))
        {
            LogInterrupted(logger, message.DigestId, message.Sequence, message.Message.Destination, attempts, error);
            await outbox.MarkAttemptFailedAsync(message.Id, error, now + settings.RetryDelay(attempts), cancellationToken);
            return false;
        }
        LogGaveUp(logger, message.DigestId, message.Message.Destination, attempts, age, error);
        await outbox.MarkFailedAsync(message.Id, $"gave up after {attempts} attempts: {error}", cancellationToken);
        // A lost edit needs no notice: its stories' next coverage is mentioned in a digest instead.
        if (await StopEditingAsync(message, cancellationToken))
            return true;
        if (!IsDeliveryNotice(message))
        {
            var key = $"delivery-failed:{message.DigestId}";
            var texts = language is null ? ChannelTexts.Default() : await language.ForChannelAsync(message.Message.Destination, cancellationToken);
            var notice = new MessagePayload { Content = DeliveryNotice.Content(attempts, age, error, texts) };
            await outbox.CreateDigestAsync(key, [QueuedMessage.Queue(message.Message.Destination, key, 0, notice, isDeliveryNotice: true)], cancellationToken);
        }
        return true;
    }

    private static bool IsDeliveryNotice(OutboxMessage message) => TryRead(message)?.IsDeliveryNotice ?? false;

    private static QueuedMessage? TryRead(OutboxMessage message)
    {
        try
        {
            return QueuedMessage.Read(message.Message.Payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An edit given up: its stories' message cannot be edited, so their later coverage gets a line in a digest instead.</summary>
    /// <returns>True when the message was an edit.</returns>
    private async Task<bool> StopEditingAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (TryRead(message)?.Edit is not { } edit)
            return false;
        if (stories is not null)
            await stories.MarkUneditableAsync(edit.StoryIds, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {DigestId} message {Sequence} to channel {ChannelId} was refused by Discord, giving up on that digest: {Reason}")]
    private static partial void LogRefused(ILogger logger, long digestId, int sequence, string channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DigestId} message {Sequence} to channel {ChannelId} could not be sent (attempt {Attempts}: {Reason}); it stays pending and is tried again later")]
    private static partial void LogInterrupted(ILogger logger, long digestId, int sequence, string channelId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {DigestId} to channel {ChannelId} was given up after {Attempts} failed attempts over {Age}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, long digestId, string channelId, int attempts, TimeSpan age, string reason);
}
