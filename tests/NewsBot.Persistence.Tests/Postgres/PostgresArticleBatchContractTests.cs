using NewsBot.Core.Storage;
using NewsBot.Persistence.Postgres;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresArticleBatchContractTests : ArticleBatchContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override IArticleStore CreateStore(TimeProvider clock) => new PostgresArticleStore((_test ??= new()).Open(), clock);
}
