using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine;

/// <summary>
/// The real outbox, except that the process "dies" right after Discord accepted a message and before its id was
/// recorded: the worst moment for exactly-once delivery.
/// </summary>
internal sealed class CrashingOutbox(IOutbox inner) : DelegatingOutbox(inner)
{
    public int Crashes { get; private set; }

    public override Task<bool> MarkSentAsync(long messageId, string receipt, CancellationToken cancellationToken)
    {
        Crashes++;
        throw new OperationCanceledException("simulated crash between sending and recording");
    }
}
