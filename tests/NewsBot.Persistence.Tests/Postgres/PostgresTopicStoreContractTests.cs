using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresTopicStoreContractTests : TopicStoreContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override ITopicStore CreateStore() => (_test ??= new()).Topics();
}
