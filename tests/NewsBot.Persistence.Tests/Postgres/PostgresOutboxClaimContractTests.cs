using NewsBot.Core.Storage;
using NewsBot.Persistence.Postgres;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresOutboxClaimContractTests : OutboxClaimContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override IOutbox CreateOutbox(TimeProvider clock) => new PostgresOutbox((_test ??= new()).Open(), clock);
}
