using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteOutboxContractTests : OutboxContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override IOutbox CreateOutbox() => _test.Outbox();
}
