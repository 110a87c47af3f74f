using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteOutboxClaimContractTests : OutboxClaimContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override IOutbox CreateOutbox(TimeProvider clock) => new SqliteOutbox(_test.Open(), clock);
}
