using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresOutboxContractTests : OutboxContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override IOutbox CreateOutbox() => (_test ??= new()).Outbox();
}
