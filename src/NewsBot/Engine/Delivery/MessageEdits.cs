using NewsBot.Core.Storage;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Sends an outbox edit: finds where the earlier message landed (its receipt) and PATCHes it there. A message that never
/// landed, or one Discord no longer knows (deleted: 404, 10008), is refused for good; a 5xx is retried like any send.
/// </summary>
internal sealed class MessageEdits(IOutbox outbox, ChannelsApi channels)
{
    public async Task<SendOutcome> SendAsync(EditTarget edit, MessagePayload payload, CancellationToken cancellationToken)
    {
        var messages = await outbox.DigestMessagesAsync(edit.DigestId, cancellationToken);
        var target = messages.FirstOrDefault(m => m.Sequence == edit.Sequence);
        if (DeliveryReceipt.TryRead(target?.Receipt) is not { } receipt)
            return SendOutcome.Refused("the message to edit was never delivered");
        var result = await channels.EditMessageAsync(receipt.ChannelId, receipt.MessageId, payload, cancellationToken);
        return result.IsSuccess ? SendOutcome.Posted(receipt.MessageId, receipt.ChannelId) : SendOutcome.Failed(result.Error!);
    }
}
