using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake article store keeps the promises the SQLite store keeps (the same contract runs in NewsBot.Persistence.Tests).</summary>
public sealed class InMemoryArticleStoreContractTests : ArticleStoreContract
{
    protected override IArticleStore CreateStore(TimeProvider clock) => new InMemoryArticleStore(clock);
}
