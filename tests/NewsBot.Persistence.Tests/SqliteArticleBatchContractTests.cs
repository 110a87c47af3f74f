using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteArticleBatchContractTests : ArticleBatchContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override IArticleStore CreateStore(TimeProvider clock) => new SqliteArticleStore(_test.Open(), clock);
}
