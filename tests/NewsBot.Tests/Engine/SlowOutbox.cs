using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

/// <summary>
/// The real outbox, where each send takes <paramref name="perSend"/> of the clock and, after each, another instance tries
/// to claim what is left: a sender that never renewed its lease would lose its destination half-way.
/// </summary>
internal sealed class SlowOutbox(IOutbox inner, FakeTimeProvider clock, TimeSpan perSend, string otherClaimer) : DelegatingOutbox(inner)
{
    public int TakenByTheOther { get; private set; }

    public override async Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken)
    {
        clock.Advance(perSend);
        var marked = await Inner.MarkSentAsync(messageId, receipt, cancellationToken);
        TakenByTheOther += (await Inner.ClaimPendingAsync(otherClaimer, TimeSpan.FromSeconds(20), cancellationToken)).Messages.Count;
        return marked;
    }
}
