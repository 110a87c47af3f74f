using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteArticleSearchTests : ArticleSearchContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override IArticleStore CreateStore() => new SqliteArticleStore(_test.Open(), Clock);
}
