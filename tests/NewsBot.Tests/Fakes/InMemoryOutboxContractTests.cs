using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake outbox keeps the promises the SQLite outbox keeps (the same contract runs in NewsBot.Persistence.Tests).</summary>
public sealed class InMemoryOutboxContractTests : OutboxContract
{
    protected override IOutbox CreateOutbox() => new InMemoryOutbox();
}
