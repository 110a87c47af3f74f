using NewsBot.Core.Storage;
using NewsBot.Persistence.Postgres;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresArticleSearchTests : ArticleSearchContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override IArticleStore CreateStore() => new PostgresArticleStore((_test ??= new()).Open(), Clock);
}
