using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake outbox claims as the stores do; being in memory, its "instances" share one object.</summary>
public sealed class InMemoryOutboxClaimContractTests : OutboxClaimContract
{
    private InMemoryOutbox? _outbox;

    protected override IOutbox CreateOutbox(TimeProvider clock) => _outbox ??= new InMemoryOutbox(clock);
}
